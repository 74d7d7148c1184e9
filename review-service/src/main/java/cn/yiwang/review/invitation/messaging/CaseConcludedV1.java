package cn.yiwang.review.invitation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * review-service's own reader of {@code case.concluded} ({@code yiwang.case.concluded.v1} on
 * {@code cases.case.v1}) as case-service publishes it (its example:
 * case-service/src/main/resources/contracts/events/case-concluded.json, which the tests read):
 * only the fields an invitation needs; everything else is ignored, so the producer may add fields
 * freely (ARCHITECTURE.md "Events").
 *
 * @param applicantType   {@code PERSON} or {@code ENTERPRISE}
 * @param applicantIdHash keyed hash of the applicant's ID number or credit code; absent when the
 *                        applicant is not identified (no one can be invited)
 * @param acceptingRegionCode the region of the hall that accepted the case; with {@code acceptingOrgCode}
 *                        it names who served the applicant (a cross-region case is decided elsewhere,
 *                        {@code regionCode} being the deciding region)
 * @param handlingStaff   the staff member who decided the case
 * @param occurredAt      when the case was concluded
 * @param bundleCaseId    set when the case is a child of a bundle application (一件事): the bundle's
 *                        parent case, which is rated as one matter instead ({@link BundleConcludedV1})
 * @param bundleCaseNumber the parent case's number, with {@code bundleCaseId}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseConcludedV1(String caseId, String caseNumber, String regionCode, String applicantType,
                              String applicantIdHash, String itemCode, String itemName, String acceptingOrgCode,
                              String acceptingRegionCode, String handlingStaff, String channel, Instant occurredAt,
                              String bundleCaseId, String bundleCaseNumber) {

    /** A child case of a bundle application: the applicant's one matter is the bundle (一事一评). */
    public boolean partOfBundle() {
        return bundleCaseId != null && !bundleCaseId.isBlank();
    }

    /** The region of the organisation that served the applicant (the accepting hall). */
    public String servingRegionCode() {
        return acceptingRegionCode != null && !acceptingRegionCode.isBlank() ? acceptingRegionCode : regionCode;
    }
}
