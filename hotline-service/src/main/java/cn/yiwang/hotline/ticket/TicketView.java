package cn.yiwang.hotline.ticket;

import java.time.Instant;
import java.util.List;

/**
 * A ticket as the API shows it. The caller's contact is in clear only for the caller and the
 * centre's staff; departments see it masked, and never for reports (举报人保密).
 */
public record TicketView(String id, String number, String status, String channel, String type, String categoryCode,
                         String categoryName, String regionCode, String location, Double latitude, Double longitude,
                         String description, String urgency, String mediaUrl, String externalRef, String emergencyLine,
                         String legalRoute, String legalRouteText, CallerView caller, String answer, String leadOrgCode,
                         String leadOrgName, List<String> assistingOrgCodes, boolean ownershipDecided,
                         String returnReason, LimitView limit, Instant dueAt, Boolean overdue,
                         Integer extensionRequested, int supervisionLevel, String reply, Instant repliedAt,
                         Boolean repliedOnTime, int reopenCount, String satisfaction, String transferredTo,
                         String transferReference, String mergedInto, JointView joint110, EscalationView escalation,
                         Instant createdAt, Instant updatedAt,
                         Instant closedAt, List<StepView> steps) {

    public record CallerView(boolean anonymous, String name, String phone, String address) {
    }

    public record LimitView(int amount, String unit) {
    }

    /**
     * A matter handled jointly with 110: both lines' reference numbers and whether 110's part is
     * done (12345's part is this ticket's own status).
     */
    public record JointView(String hotlineNumber, String policeReference, boolean policeDone) {
    }

    /** Whom the current supervision level presses: the department, or the supervisors of a region. */
    public record EscalationView(int level, String step, String orgCode, String regionCode) {
    }

    public record StepView(String action, Instant at, String actorOrg, String note) {
    }
}
