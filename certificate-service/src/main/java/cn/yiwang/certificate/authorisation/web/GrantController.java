package cn.yiwang.certificate.authorisation.web;

import cn.yiwang.certificate.authorisation.Grants;
import cn.yiwang.certificate.authorisation.domain.GranteeKind;
import cn.yiwang.certificate.issuance.AccessLog;
import cn.yiwang.certificate.support.PageView;
import cn.yiwang.common.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** 用证授权: holders grant and withdraw and see the access log; agencies read under a grant. */
@RestController
@RequestMapping("${yiwang.api.base-path}")
class GrantController {

    private final Grants grants;

    GrantController(Grants grants) {
        this.grants = grants;
    }

    @PostMapping("/wallet/{id}/grants")
    @ResponseStatus(HttpStatus.CREATED)
    Grants.GrantView grant(@PathVariable UUID id, @RequestBody GrantRequest request, Actor actor) {
        return grants.grant(id, request.granteeKind(), request.grantee(), request.reason(), request.validUntil(), actor);
    }

    @GetMapping("/wallet/{id}/grants")
    List<Grants.GrantView> grantsOf(@PathVariable UUID id, Actor actor) {
        return grants.of(id, actor);
    }

    @DeleteMapping("/grants/{grantId}")
    Grants.GrantView withdraw(@PathVariable UUID grantId, Actor actor) {
        return grants.withdraw(grantId, actor);
    }

    /** The agency's copy (加注件); {@code case} names the case the caller handles, for a grant to a case. */
    @GetMapping("/grants/{grantId}/copy")
    Grants.AnnotatedCopy copy(@PathVariable UUID grantId, @RequestParam(name = "case", required = false) String caseNumber,
                              Actor actor) {
        return grants.read(grantId, caseNumber, actor);
    }

    @GetMapping("/wallet/access-log")
    PageView<AccessLog.Entry> accessLog(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                                        Actor actor) {
        return grants.accessLog(actor, Math.max(0, page), PageView.size(size));
    }

    record GrantRequest(GranteeKind granteeKind, String grantee, String reason, Instant validUntil) {
    }
}
