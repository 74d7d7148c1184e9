package cn.yiwang.hotline.escalation;

import java.time.Instant;

/**
 * One escalation notice as its addressee sees it.
 *
 * @param level              the supervision level (1 = 督办, 2 and up = 升级督办)
 * @param step               whom the level presses: DEPARTMENT, REGION_SUPERVISOR or HIGHER_REGION
 * @param reason             OVERDUE (the overdue sweep) or SUPERVISOR (a supervisor's order), with its text
 * @param overdueWorkingDays working days past the due day, on the official calendar, until the reply
 *                           (or until now while there is none); null when the calendar has no data
 * @param ticketStatus       where the ticket stands now
 */
public record EscalationNoticeView(String id, String ticketId, String ticketNumber, String ticketStatus,
                                   String categoryCode, String regionCode, String leadOrgCode, String leadOrgName,
                                   int level, String step, String notifyRegionCode, String notifyOrgCode, String reason,
                                   String reasonText, String note, Instant dueAt, Integer overdueWorkingDays,
                                   Instant raisedAt, Acknowledgement acknowledgement) {

    /** Who acknowledged the notice, and when; null while nobody has. */
    public record Acknowledgement(String by, String orgCode, Instant at) {
    }
}
