package cn.yiwang.review.invitation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * review-service's own reader of {@code bundleconcluded} ({@code yiwang.case.bundleconcluded.v1} on
 * {@code cases.case.v1}, key = the bundle's parent case id) as case-service publishes it (its example:
 * case-service/src/main/resources/contracts/events/case-bundleconcluded.json, which the tests read):
 * a bundle application (一件事一次办) whose last child case has ended. Only the fields an invitation
 * needs; unknown fields are ignored.
 *
 * @param bundleCaseId        the parent case: the one service event rated (一事一评, DOMAIN.md §4)
 * @param bundleCaseNumber    the parent's case number, shown as the service reference
 * @param leadDepartment      the name of the bundle's lead department (牵头部门)
 * @param acceptingRegionCode the region of the hall that accepted the application; with
 *                            {@code acceptingOrgCode} it names who served the applicant
 * @param handlingStaff       the staff member whose decision concluded the bundle
 * @param children            every item's child case, in the bundle's order
 * @param occurredAt          when the bundle concluded
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BundleConcludedV1(String bundleCaseId, String bundleCaseNumber, String bundleName, String leadDepartment,
                                String regionCode, String applicantType, String applicantIdHash, String channel,
                                String acceptingRegionCode, String acceptingOrgCode, String handlingStaff,
                                List<Child> children, Instant occurredAt) {

    /** Child statuses in which the case ended without a decision on the application. */
    private static final Set<String> UNDECIDED = Set.of("NOT_ACCEPTED", "WITHDRAWN", "TERMINATED");

    public BundleConcludedV1 {
        children = children == null ? List.of() : children.stream().filter(Objects::nonNull).toList();
    }

    /**
     * @param status  the child's case status when the bundle concluded ({@code CONCLUDED}, {@code NOT_ACCEPTED} …)
     * @param outcome {@code APPROVED} or {@code DENIED} for a decided child, else {@code null}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Child(String caseId, String caseNumber, String itemCode, String itemName, String department,
                        String status, String outcome) {
    }

    /** The region of the organisation that served the applicant (the accepting hall). */
    public String servingRegionCode() {
        return acceptingRegionCode != null && !acceptingRegionCode.isBlank() ? acceptingRegionCode : regionCode;
    }

    /**
     * Whether any child case was decided — approved or denied (a child revoked later was decided
     * first). A bundle whose every child ended without a decision (not accepted, withdrawn,
     * terminated) was never concluded for the applicant, just as a single case that ends so opens
     * no invitation.
     */
    public boolean anyChildDecided() {
        return children.stream().anyMatch(child -> child.status() == null || !UNDECIDED.contains(child.status()));
    }

    /** Every child's item code, in the bundle's order. */
    public List<String> itemCodes() {
        return children.stream().map(Child::itemCode).filter(Objects::nonNull).toList();
    }

    /** The names of {@link #itemCodes()}, in the same order (the code where a name is missing). */
    public List<String> itemNames() {
        return children.stream().filter(child -> child.itemCode() != null)
                .map(child -> child.itemName() != null ? child.itemName() : child.itemCode()).toList();
    }
}
