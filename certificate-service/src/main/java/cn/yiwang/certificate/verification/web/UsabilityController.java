package cn.yiwang.certificate.verification.web;

import cn.yiwang.certificate.verification.Verification;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 免证办: whether a certificate an applicant names can stand in for a paper material, asked by the
 * case-service with its service token (staff roles also serve agencies, which must use grants). The
 * contract case-service assumes (its README):
 * {@code POST /verifications {identifier, certificateType, holderIdHash}} → {@code {usable, reason}}.
 */
@RestController
@RequestMapping("${yiwang.api.base-path}/verifications")
class UsabilityController {

    private final Verification verification;

    UsabilityController(Verification verification) {
        this.verification = verification;
    }

    @PostMapping
    @CallableBy(Roles.SERVICE)
    @PreAuthorize("hasRole('service')")
    Verification.Usability check(@Valid @RequestBody UsabilityQuestion question, Actor actor) {
        return verification.usableFor(question.identifier(), question.certificateType(), question.holderIdHash(), actor);
    }

    record UsabilityQuestion(@NotBlank String identifier, @NotBlank String certificateType,
                             @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String holderIdHash) {
    }
}
