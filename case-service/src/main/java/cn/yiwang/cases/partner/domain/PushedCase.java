package cn.yiwang.cases.partner.domain;

import java.time.Instant;
import java.util.List;

/**
 * One case as a partner system reports it (GB/T 39046 exchange data: acceptance, process steps,
 * result), before any check: every field may be missing or wrong.
 *
 * @param partnerCaseNumber the partner system's own case number (≤ 50 characters, GB/T 39046)
 * @param itemCode          the 31-character implementation code of the item
 * @param regionCode        the region the case was handled in
 * @param acceptingOrgCode  unified social credit code of the accepting body
 * @param applicantType     {@code PERSON} or {@code ENTERPRISE}
 * @param channel           {@code PC}, {@code MOBILE}, {@code KIOSK} or {@code WINDOW}, if known
 * @param history           the case's states in order, from {@code SUBMITTED}
 * @param outcome           {@code APPROVED} or {@code DENIED} once concluded
 */
public record PushedCase(String partnerCaseNumber, String itemCode, String itemName, String regionCode,
                         String acceptingOrgCode, String applicantType, String applicantName,
                         String applicantIdNumber, String channel, List<Step> history, String outcome) {

    public record Step(String status, Instant at, String note) {
    }

    public List<Step> history() {
        return history == null ? List.of() : history;
    }

    /** The status the case stands at: the last step's. */
    public String currentStatus() {
        PushedCase.Step last = history().isEmpty() ? null : history().get(history().size() - 1);
        return last == null ? null : last.status();
    }
}
