package cn.yiwang.certificate.issuance.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This service's own reader of {@code yiwang.case.concluded.v1} on {@code cases.case.v1}: only
 * the fields it needs to issue the certificate a case results in. The case-service owns the
 * event; unknown fields are ignored, so additions there never break this reader.
 * <p>
 * Two shapes are read. What case-service publishes (its {@code contracts/events/case-concluded.json}):
 * flat, {@code result} a text, the type in {@code resultCertificateType}, the issuer in
 * {@code decidingOrgCode}, the holder as {@code applicantType} and {@code applicantIdHash}, no
 * holder name and no certificate data — such a conclusion lands in the failure queue for the
 * issuer to complete. And the richer shape this service first assumed, {@code result} an object
 * with {@code certificateTypeCode}, {@code issuingOrgCode}, {@code metadata}, {@code validUntil}
 * and an {@code applicant} object with {@code idType}, {@code idHash}, {@code name}, which issues
 * without help once case-service sends it.
 *
 * @param caseId  the case's id in case-service, passed on in {@code certificate.issued}
 * @param outcome {@code APPROVED} issues; anything else does not
 * @param result  what the case produced: a text, or an object naming the certificate to issue
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseConcludedV1(String caseId, String caseNumber, String regionCode, String itemCode, String outcome, Instant concludedAt,
                              Instant occurredAt, Applicant applicant, String applicantType, String applicantIdHash,
                              String decidingOrgCode, String resultCertificateType, JsonNode result) {

    public static final String TYPE = "yiwang.case.concluded.v1";
    public static final String TOPIC = "cases.case.v1";

    /** The holder: ID type (111/001), keyed hash of the ID number (never the number), name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Applicant(String idType, String idHash, String name) {
    }

    boolean resultsInACertificate() {
        return "APPROVED".equalsIgnoreCase(outcome) && certificateTypeCode() != null;
    }

    /** Whether the event itself names the holder and carries the certificate data (else case-service is asked). */
    boolean carriesCertificateData() {
        return holderName() != null && metadata() != null;
    }

    String certificateTypeCode() {
        String fromResult = resultText("certificateTypeCode");
        return fromResult != null ? fromResult : resultCertificateType;
    }

    /** The issuing body: named in the result, else the body that decided the case. */
    String issuingOrgCode() {
        String fromResult = resultText("issuingOrgCode");
        return fromResult != null ? fromResult : decidingOrgCode;
    }

    /** The certificate's data, or null when the event carries none. */
    Map<String, String> metadata() {
        JsonNode metadata = result != null && result.isObject() ? result.get("metadata") : null;
        if (metadata == null || !metadata.isObject()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        metadata.properties().forEach(field -> {
            if (!field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().asString());
            }
        });
        return values;
    }

    LocalDate validUntil() {
        String text = resultText("validUntil");
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    Instant concludedOn() {
        return concludedAt != null ? concludedAt : occurredAt;
    }

    /** 111 for a person, 001 for an enterprise (case-service's ApplicantType, GB/T 39046 A.4). */
    String holderIdType() {
        if (applicant != null && applicant.idType() != null) {
            return applicant.idType();
        }
        return "PERSON".equals(applicantType) ? "111" : "ENTERPRISE".equals(applicantType) ? "001" : null;
    }

    String holderIdHash() {
        return applicant != null && applicant.idHash() != null ? applicant.idHash() : applicantIdHash;
    }

    String holderName() {
        return applicant != null ? applicant.name() : null;
    }

    private String resultText(String field) {
        JsonNode value = result != null && result.isObject() ? result.get(field) : null;
        return value == null || value.isNull() ? null : value.asString();
    }
}
