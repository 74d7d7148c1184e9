package cn.yiwang.review.invitation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * review-service's own reader of {@code case.concluded} ({@code yiwang.case.concluded.v1} on
 * {@code cases.case.v1}): only the fields an invitation needs; everything else case-service sends
 * is ignored, so the producer may add fields freely (ARCHITECTURE.md "Events").
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseConcludedV1(String caseId, String caseNumber, String regionCode, Applicant applicant,
                              List<Item> items, String acceptingOrgCode, List<Staff> handlingStaff, String channel,
                              Instant concludedAt) {

    /**
     * @param type      {@code PERSON} or {@code ENTERPRISE}
     * @param idHash    keyed hash of the applicant's ID number or credit code (the platform's {@code id_hash})
     * @param realName  false when the applicant is not identified (no one can be invited)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Applicant(String type, String idHash, Boolean realName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Staff(String staffId, String name) {
    }
}
