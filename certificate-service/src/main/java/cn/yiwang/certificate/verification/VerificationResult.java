package cn.yiwang.certificate.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer to a verifier: genuine or not, and why. It names the certificate only as far as a
 * verifier needs to match it with what they were shown; the holder's name is masked unless the
 * holder chose to show it, and no ID number is ever part of it.
 *
 * @param reasons why it is not genuine; empty when genuine
 * @param notes   remarks that do not make it not genuine (e.g. status unknown for another platform's certificate)
 * @param shown   the fields the holder chose to reveal with a show-on-phone code
 */
public record VerificationResult(boolean genuine, List<Finding> reasons, List<Finding> notes, Subject certificate,
                                 Map<String, String> shown, String trustedPlatform, Instant checkedAt) {

    public record Finding(String code, String message) {
    }

    public record Subject(String identifier, String typeCode, String typeNameZh, String typeNameEn, String issuerCode,
                          String status, String statusCode, LocalDate validFrom, LocalDate validUntil, String holderName) {
    }
}
