package cn.yiwang.cases.material;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A material of one case: what the guide requires and how the applicant provided it.
 *
 * @param requirement  what the guide asks for
 * @param provision    how it was provided
 * @param reference    upload reference or e-certificate identifier; {@code null} otherwise
 * @param verification for e-certificates: the check with certificate-service; {@code null} otherwise
 * @param gapDue       for accepted gaps: the day the material must arrive by
 * @param gapClosedAt  for accepted gaps: when it arrived
 */
public record Material(MaterialRequirement requirement, Provision provision, String reference,
                       Verification verification, LocalDate gapDue, Instant gapClosedAt) {

    public Material {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(provision, "provision");
    }

    public static Material missing(MaterialRequirement requirement) {
        return new Material(requirement, Provision.NONE, null, null, null, null);
    }

    public static Material uploaded(MaterialRequirement requirement, String reference) {
        return new Material(requirement, Provision.UPLOAD, reference, null, null, null);
    }

    public static Material certificate(MaterialRequirement requirement, String identifier, Verification verification) {
        return new Material(requirement, Provision.E_CERTIFICATE, identifier, verification, null, null);
    }

    public static Material committed(MaterialRequirement requirement) {
        return new Material(requirement, Provision.COMMITMENT, null, null, null, null);
    }

    public static Material gap(MaterialRequirement requirement, LocalDate due) {
        return new Material(requirement, Provision.GAP, null, null, Objects.requireNonNull(due, "due"), null);
    }

    public String code() {
        return requirement.code();
    }

    /**
     * Whether the material counts as present for acceptance. A certificate counts only once
     * verified: 免证办 must never accept an unchecked certificate.
     */
    public boolean satisfiesAcceptance() {
        return switch (provision) {
            case NONE -> !requirement.required();
            case UPLOAD, COMMITMENT, GAP -> true;
            case E_CERTIFICATE -> verification == Verification.VERIFIED;
        };
    }

    /** An accepted gap whose material has not arrived yet: the case cannot conclude. */
    public boolean gapOpen() {
        return provision == Provision.GAP && gapClosedAt == null;
    }

    /** An open gap whose due day has passed (the due day itself still counts). */
    public boolean gapOverdueOn(LocalDate today) {
        return gapOpen() && today.isAfter(gapDue);
    }

    public boolean awaitsVerification() {
        return provision == Provision.E_CERTIFICATE && verification == Verification.PENDING;
    }

    public Material withVerification(Verification result) {
        return new Material(requirement, provision, reference, result, gapDue, gapClosedAt);
    }

    /** The missing material arrived as an upload: the gap is closed. */
    public Material closeGap(String uploadReference, Instant at) {
        return new Material(requirement, Provision.GAP, Objects.requireNonNull(uploadReference, "uploadReference"),
                null, gapDue, at);
    }
}
