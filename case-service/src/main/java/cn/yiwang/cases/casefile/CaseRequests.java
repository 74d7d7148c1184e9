package cn.yiwang.cases.casefile;

import cn.yiwang.cases.casefile.domain.ApplicantType;
import cn.yiwang.cases.casefile.domain.Channel;
import cn.yiwang.cases.casefile.domain.DeliveryMethod;
import cn.yiwang.cases.casefile.domain.Outcome;
import cn.yiwang.cases.casefile.domain.ProcedureType;
import cn.yiwang.cases.material.Provision;
import cn.yiwang.common.identifier.CreditCode;
import cn.yiwang.common.identifier.Region;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What callers send to change a case: one record per use case, checked with Bean Validation. */
public final class CaseRequests {

    private CaseRequests() {
    }

    /**
     * An application. {@code acceptingHall} is for online applicants who choose where to collect
     * the result (跨域通办); clerks and partner systems accept in their own office.
     */
    public record Apply(@NotBlank @Size(max = 64) String itemCode, @NotNull ApplicantType applicantType,
                        @NotBlank @Size(max = 100) String applicantName,
                        @NotBlank @Size(max = 18) String applicantIdNumber, @Size(max = 20) String applicantPhone,
                        Channel channel, @Valid Hall acceptingHall, List<@Valid MaterialInput> materials) {
    }

    public record Hall(@NotBlank @Region String regionCode, @NotBlank @CreditCode String orgCode) {
    }

    /**
     * @param reference upload reference or e-certificate identifier
     * @param gapDue    for {@link Provision#GAP}: the day the material will be brought
     */
    public record MaterialInput(@NotBlank String code, @NotNull Provision provision, @Size(max = 200) String reference,
                                LocalDate gapDue) {
    }

    public record Reason(@Size(max = 500) String reason) {
    }

    public record SupplementNotice(@NotEmpty List<@Valid Defect> defects) {
    }

    public record Defect(@NotBlank String materialCode, @NotBlank @Size(max = 500) String problem) {
    }

    public record Supply(@NotEmpty List<@Valid MaterialInput> materials) {
    }

    public record StartProcedure(@NotNull ProcedureType type, @Size(max = 500) String reason) {
    }

    public record EndProcedure(@Size(max = 500) String result) {
    }

    public record Extend(int workingDays, @Size(max = 500) String reason) {
    }

    /**
     * @param certificateData for an approval that results in an e-certificate: the values the certificate is to
     *                        carry, keyed by the certificate type's metadata field names (personal data: stored
     *                        encrypted, given only to certificate-service and the deciding body's staff)
     * @param validUntil      the certificate's last day of validity, when the decision fixes one
     */
    public record Conclude(@NotNull Outcome outcome, @Size(max = 1000) String result,
                           @Size(max = 50) Map<@NotBlank @Size(max = 64) String, @NotNull @Size(max = 1000) String> certificateData,
                           LocalDate validUntil) {

        public Conclude(Outcome outcome, String result) {
            this(outcome, result, null, null);
        }
    }

    public record Deliver(@NotNull DeliveryMethod method, @Size(max = 200) String detail) {
    }

    /** @param note what was checked; for a false commitment, what was found (required) */
    public record CommitmentCheck(@NotNull Boolean truthful, @Size(max = 1000) String note) {
    }

    public record CloseGap(@Size(max = 200) String reference) {
    }
}
