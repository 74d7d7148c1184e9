package cn.yiwang.cases.casefile.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The conclusion (办结) as GB/T 39046's result data set records it.
 *
 * @param certificateType          the e-certificate type the approval produces, or {@code null}
 * @param certificateId            the issued certificate's identifier once certificate-service issued it
 * @param certificateDataEncrypted what the deciding official entered for the certificate (field name → value, as
 *                                 JSON), encrypted: it may hold personal data; {@code null} when none was entered
 * @param certificateValidUntil    the last day the certificate is valid, when the decision fixes it; {@code null}
 *                                 leaves it to the certificate type's validity rule
 */
public record Decision(Outcome outcome, String result, String decidedBy, Instant at, String certificateType,
                       String certificateId, String certificateDataEncrypted, LocalDate certificateValidUntil) {

    public Decision(Outcome outcome, String result, String decidedBy, Instant at, String certificateType,
                    String certificateId) {
        this(outcome, result, decidedBy, at, certificateType, certificateId, null, null);
    }

    Decision withCertificate(String identifier) {
        return new Decision(outcome, result, decidedBy, at, certificateType, identifier, certificateDataEncrypted,
                certificateValidUntil);
    }

    /** Whether certificate-service may issue a certificate from this decision. */
    public boolean resultsInCertificate() {
        return outcome == Outcome.APPROVED && certificateType != null;
    }
}
