package cn.yiwang.certificate.verification.web;

import cn.yiwang.certificate.verification.Verification;
import cn.yiwang.certificate.verification.VerificationResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 核验, open to anyone (configured as public paths; the gateway rate-limits them). Always 200 with
 * genuine true/false: "not genuine" is an answer, not an error.
 */
@RestController
@RequestMapping("${yiwang.api.base-path}/verify")
class VerificationController {

    private final Verification verification;

    VerificationController(Verification verification) {
        this.verification = verification;
    }

    @GetMapping("/{identifier:1\\.2\\.156\\..+}")
    VerificationResult byIdentifier(@PathVariable String identifier) {
        return verification.byIdentifier(identifier);
    }

    /** Either {@code identifier} or {@code qrContent} (what the scanned code says). */
    @PostMapping
    VerificationResult verify(@RequestBody VerifyRequest request) {
        if (request.qrContent() != null) {
            return verification.byQrContent(request.qrContent());
        }
        return verification.byIdentifier(request.identifier());
    }

    record VerifyRequest(String identifier, String qrContent) {
    }
}
