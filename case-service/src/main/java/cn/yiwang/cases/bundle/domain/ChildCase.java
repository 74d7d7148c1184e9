package cn.yiwang.cases.bundle.domain;

import java.util.Set;
import java.util.UUID;

/**
 * One item's case within a bundle application, as the parent follows it.
 *
 * @param status  the child case's status, as case handling names it (e.g. {@code UNDER_REVIEW})
 * @param outcome {@code APPROVED} or {@code DENIED} once concluded, else {@code null}
 */
public record ChildCase(UUID caseId, String number, String itemCode, String itemName, String department,
                        String decidingRegionCode, String decidingOrgCode, String status, String outcome) {

    /** Statuses in which a child case has ended, with a decision or without one. */
    static final Set<String> ENDED = Set.of("CONCLUDED", "DELIVERED", "NOT_ACCEPTED", "WITHDRAWN", "TERMINATED", "REVOKED");

    public boolean ended() {
        return ENDED.contains(status);
    }

    ChildCase changed(String newStatus, String newOutcome) {
        return new ChildCase(caseId, number, itemCode, itemName, department, decidingRegionCode, decidingOrgCode,
                newStatus, newOutcome == null ? outcome : newOutcome);
    }
}
