package cn.yiwang.certificate.objection.web;

import cn.yiwang.certificate.objection.Objections;
import cn.yiwang.certificate.objection.domain.ObjectionStatus;
import cn.yiwang.certificate.support.PageView;
import cn.yiwang.common.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

/** 异议: holders object, issuers decide. */
@RestController
@RequestMapping("${yiwang.api.base-path}")
class ObjectionController {

    private final Objections objections;

    ObjectionController(Objections objections) {
        this.objections = objections;
    }

    @PostMapping("/wallet/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    Objections.ObjectionView raise(@PathVariable UUID id, @RequestBody ObjectionRequest request, Actor actor) {
        return objections.raise(id, request.field(), request.description(), actor);
    }

    @GetMapping("/wallet/objections")
    PageView<Objections.ObjectionView> mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                                            Actor actor) {
        return objections.ofHolder(actor, Math.max(0, page), PageView.size(size));
    }

    @GetMapping("/objections")
    @PreAuthorize("hasRole('dept-admin')")
    PageView<Objections.ObjectionView> queue(@RequestParam(required = false) ObjectionStatus status,
                                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                                             Actor actor) {
        return objections.ofIssuer(actor, status, Math.max(0, page), PageView.size(size));
    }

    @PostMapping("/objections/{objectionId}/correction")
    @PreAuthorize("hasRole('dept-admin')")
    Objections.ObjectionView correct(@PathVariable UUID objectionId, @RequestBody CorrectionDecision request, Actor actor) {
        return objections.correct(objectionId, request.metadata(), request.reason(), actor);
    }

    @PostMapping("/objections/{objectionId}/rejection")
    @PreAuthorize("hasRole('dept-admin')")
    Objections.ObjectionView reject(@PathVariable UUID objectionId, @RequestBody RejectionDecision request, Actor actor) {
        return objections.reject(objectionId, request.reason(), actor);
    }

    record ObjectionRequest(String field, String description) {
    }

    record CorrectionDecision(Map<String, String> metadata, String reason) {
    }

    record RejectionDecision(String reason) {
    }
}
