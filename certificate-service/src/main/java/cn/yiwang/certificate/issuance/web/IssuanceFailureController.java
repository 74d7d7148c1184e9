package cn.yiwang.certificate.issuance.web;

import cn.yiwang.certificate.issuance.IssuanceFailures;
import cn.yiwang.certificate.issuance.IssuanceFailures.FailureView;
import cn.yiwang.certificate.issuance.domain.IssuanceFailure;
import cn.yiwang.certificate.support.PageView;
import cn.yiwang.common.security.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

/** The issuing body's failure queue: list, retry (with corrections) or dismiss what could not be issued automatically. */
@RestController
@RequestMapping("${yiwang.api.base-path}/issuance-failures")
@PreAuthorize("hasRole('dept-admin')")
class IssuanceFailureController {

    private final IssuanceFailures failures;

    IssuanceFailureController(IssuanceFailures failures) {
        this.failures = failures;
    }

    @GetMapping
    PageView<FailureView> list(@RequestParam(defaultValue = "OPEN") IssuanceFailure.Status status,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
        return failures.list(actor, status, Math.max(0, page), PageView.size(size));
    }

    @GetMapping("/{id}")
    FailureView one(@PathVariable UUID id, Actor actor) {
        return failures.one(id, actor);
    }

    @PostMapping("/{id}/retry")
    FailureView retry(@PathVariable UUID id, @RequestBody(required = false) RetryRequest request, Actor actor) {
        return request == null ? failures.retry(id, null, null, null, actor)
                : failures.retry(id, request.metadata(), request.holderName(), request.distinctFrom(), actor);
    }

    @PostMapping("/{id}/dismissal")
    FailureView dismiss(@PathVariable UUID id, @RequestBody(required = false) ReasonRequest request, Actor actor) {
        return failures.dismiss(id, request == null ? null : request.reason(), actor);
    }

    /** Corrections to apply before issuing: metadata fields to change, and the holder's name. */
    /**
     * @param distinctFrom the identifier of a certificate issued by hand that the issuer confirms is
     *                     not this case's (e.g. a food licence for other premises), so the retry may issue
     */
    record RetryRequest(Map<String, String> metadata, String holderName, String distinctFrom) {
    }

    record ReasonRequest(String reason) {
    }
}
