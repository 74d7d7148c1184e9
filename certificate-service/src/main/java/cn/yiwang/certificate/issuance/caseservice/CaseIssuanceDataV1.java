package cn.yiwang.certificate.issuance.caseservice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This service's own reader of case-service's answer to
 * {@code GET /api/v1/cases/by-number/{number}/issuance-data} (its
 * {@code contracts/rest/case-issuance-data.json}): what the certificate a concluded case results in
 * needs and the {@code case.concluded} event by design does not carry — the holder's ID number and
 * name, and the data the deciding official entered. Unknown fields are ignored.
 *
 * @param certificateData the certificate's values keyed by the type's metadata field names
 * @param validUntil      null when the certificate type's validity rule applies
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseIssuanceDataV1(String caseId, String caseNumber, String itemCode, String regionCode, String outcome,
                                 Instant concludedAt, String certificateTypeCode, String issuingOrgCode, Holder holder,
                                 JsonNode certificateData, LocalDate validUntil) {

    /**
     * The applicant the certificate is issued to.
     *
     * @param applicantType {@code PERSON} or {@code ENTERPRISE} (case-service's ApplicantType)
     * @param idNumber      GB 11643 citizen ID number or GB 32100 unified social credit code — personal data:
     *                      never logged, encrypted at rest
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Holder(String applicantType, String idNumber, String name) {

        @Override
        public String toString() {
            return "Holder[applicantType=" + applicantType + "]";
        }
    }

    /** 111 (citizen ID, GB 11643) for a person, 001 (unified social credit code, GB 32100) for an enterprise; else null. */
    public String holderIdType() {
        String type = holder == null ? null : holder.applicantType();
        return "PERSON".equals(type) ? "111" : "ENTERPRISE".equals(type) ? "001" : null;
    }

    /** The certificate data as text values (numbers and dates as written), null when there is none. */
    public Map<String, String> metadata() {
        if (certificateData == null || !certificateData.isObject()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        certificateData.properties().forEach(field -> {
            if (!field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().isValueNode() ? field.getValue().asString() : field.getValue().toString());
            }
        });
        return values;
    }

    /** Without the holder's number, so an accidental log line leaks nothing. */
    @Override
    public String toString() {
        return "CaseIssuanceDataV1[caseNumber=" + caseNumber + ", certificateTypeCode=" + certificateTypeCode + ", holder=" + holder + "]";
    }
}
