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
                         String transferReference, String mergedInto, Instant createdAt, Instant updatedAt,
                         Instant closedAt, List<StepView> steps) {

    public record CallerView(boolean anonymous, String name, String phone, String address) {
    }

    public record LimitView(int amount, String unit) {
    }

    public record StepView(String action, Instant at, String actorOrg, String note) {
    }
}
