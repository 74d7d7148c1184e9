package cn.yiwang.review.invitation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * review-service's own reader of {@code ticket.closed} ({@code yiwang.ticket.closed.v1} on
 * {@code hotline.ticket.v1}); unknown fields are ignored.
 *
 * @param callerIdHash keyed hash of the caller's ID number, {@code null} for an anonymous caller
 * @param category     the ticket type (consultation, help, complaint, report, suggestion, praise)
 * @param departmentOrgCode credit code of the department that handled the ticket
 * @param handlingStaff     the agents or department staff who handled it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketClosedV1(String ticketId, String ticketNumber, String callerIdHash, String category,
                             String departmentOrgCode, String regionCode, List<String> handlingStaff, String channel,
                             Instant closedAt) {
}
