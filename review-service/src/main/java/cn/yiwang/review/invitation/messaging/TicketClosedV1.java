package cn.yiwang.review.invitation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * review-service's own reader of {@code ticket.closed} ({@code yiwang.ticket.closed.v1} on
 * {@code hotline.ticket.v1}) as hotline-service publishes it (its example:
 * hotline-service/src/main/resources/contracts/events/ticket.closed.json, which the tests read);
 * unknown fields are ignored.
 *
 * @param number       the ticket number shown to the caller
 * @param callerIdHash keyed hash of the caller's ID number, {@code null} for an anonymous caller
 * @param ticketType   consultation, help, complaint, report, suggestion or praise
 * @param leadOrgCode  credit code of the department that led the handling
 * @param occurredAt   when the ticket was closed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketClosedV1(String ticketId, String number, String callerIdHash, String ticketType,
                             String categoryCode, String leadOrgCode, String regionCode, String channel,
                             Instant occurredAt) {
}
