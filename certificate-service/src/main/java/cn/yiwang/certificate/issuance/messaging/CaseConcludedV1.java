package cn.yiwang.certificate.issuance.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * This service's own reader of {@code yiwang.case.concluded.v1} on {@code cases.case.v1}: only
 * the fields it needs to issue the certificate a case results in. The case-service owns the
 * event; unknown fields are ignored, so additions there never break this reader.
 *
 * @param outcome  {@code APPROVED} issues; anything else does not
 * @param result   what the case produced; a certificate type code means a certificate is due
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseConcludedV1(String caseNumber, String regionCode, String itemCode, String outcome, Instant concludedAt,
                              Applicant applicant, Result result) {

    public static final String TYPE = "yiwang.case.concluded.v1";
    public static final String TOPIC = "cases.case.v1";

    /** The holder: ID type (111/001), keyed hash of the ID number (never the number), name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Applicant(String idType, String idHash, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(String certificateTypeCode, String issuingOrgCode, Map<String, String> metadata, LocalDate validUntil) {
    }

    boolean resultsInACertificate() {
        return "APPROVED".equalsIgnoreCase(outcome) && result != null && result.certificateTypeCode() != null;
    }
}
