package cn.yiwang.certificate.signature.web;

import cn.yiwang.certificate.signature.SealAlgorithm;
import cn.yiwang.certificate.signature.Sealing;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * An issuing body's seal keys: it rotates its own key; anyone may fetch an issuer's public keys
 * (under /verify, open to the public) to put them on another platform's trust list.
 */
@RestController
@RequestMapping("${yiwang.api.base-path}")
class IssuerKeyController {

    private final Sealing sealing;

    IssuerKeyController(Sealing sealing) {
        this.sealing = sealing;
    }

    @GetMapping("/issuer-keys")
    @PreAuthorize("hasRole('dept-admin')")
    List<Sealing.IssuerKeyView> own(Actor actor) {
        return sealing.keysOf(issuer(actor));
    }

    /** Retires the active key; seals made with it keep verifying because each seal names its key. */
    @PostMapping("/issuer-keys/rotation")
    @PreAuthorize("hasRole('dept-admin')")
    @ResponseStatus(HttpStatus.CREATED)
    Sealing.IssuerKeyView rotate(@RequestBody(required = false) RotationRequest request, Actor actor) {
        return sealing.rotate(issuer(actor), request == null ? null : request.algorithm());
    }

    @GetMapping("/verify/issuer-keys/{issuerCode}")
    List<Sealing.IssuerKeyView> published(@PathVariable String issuerCode) {
        return sealing.keysOf(issuerCode);
    }

    private static String issuer(Actor actor) {
        if (actor.orgCode() == null) {
            throw ProblemException.forbidden("certificate.issuer.required");
        }
        return actor.orgCode();
    }

    record RotationRequest(SealAlgorithm algorithm) {
    }
}
