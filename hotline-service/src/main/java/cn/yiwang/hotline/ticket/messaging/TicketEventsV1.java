package cn.yiwang.hotline.ticket.messaging;

import cn.yiwang.common.events.EventNames;
import cn.yiwang.common.events.IntegrationEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The wire records of topic {@value #TOPIC}, key = ticket id. They belong to hotline-service;
 * consumers (review-service, vector-control-service) keep their own readers. Adding an optional
 * field keeps v1; anything else is v2 on a new topic (ARCHITECTURE.md "Events"). No personal data
 * travels here except the caller's keyed ID hash on {@code ticket.closed}, by which review-service
 * invites the caller to evaluate (flow 4).
 */
public final class TicketEventsV1 {

    public static final String TOPIC = "hotline.ticket.v1";
    public static final String CREATED = "yiwang.ticket.created.v1";
    public static final String DISPATCHED = "yiwang.ticket.dispatched.v1";
    public static final String RETURNED = "yiwang.ticket.returned.v1";
    public static final String REPLIED = "yiwang.ticket.replied.v1";
    public static final String REOPENED = "yiwang.ticket.reopened.v1";
    public static final String SUPERVISED = "yiwang.ticket.supervised.v1";
    public static final String TRANSFERRED = "yiwang.ticket.transferred.v1";
    public static final String MERGED = "yiwang.ticket.merged.v1";
    public static final String LINKED = "yiwang.ticket.linked.v1";
    public static final String CLOSED = "yiwang.ticket.closed.v1";

    static {
        // The constants are written out for annotations and readers; they must follow the convention.
        if (!TOPIC.equals(EventNames.topic("hotline", "ticket", 1)) || !CLOSED.equals(EventNames.type("ticket", "closed", 1))) {
            throw new IllegalStateException("event names do not follow EventNames");
        }
    }

    private TicketEventsV1() {
    }

    /** A ticket was taken in from a channel. */
    public record TicketCreated(UUID eventId, String ticketId, String number, String regionCode, Instant occurredAt,
                                String channel, String type, String categoryCode, String urgency, String emergencyLine,
                                Double latitude, Double longitude) implements TicketEvent {
        @Override
        public String type() {
            return CREATED;
        }
    }

    /**
     * A ticket was sent to a lead department (first dispatch, reassignment after a return, or an
     * ownership ruling: {@code reason}). Tickets of the vector categories carry {@code vectorSpecies};
     * vector-control-service turns them into complaints and answers on {@code vectorcontrol.complaint.v1}.
     */
    public record TicketDispatched(UUID eventId, String ticketId, String number, String regionCode, Instant occurredAt,
                                   String reason, String ticketType, String urgency, String categoryCode,
                                   String categoryName, String vectorSpecies, String description, String location,
                                   Double latitude, Double longitude, String leadOrgCode, String leadOrgName,
                                   List<String> assistingOrgCodes, Instant dueAt) implements TicketEvent {
        @Override
        public String type() {
            return DISPATCHED;
        }
    }

    /** The lead department objected to the dispatch (退单). */
    public record TicketReturned(UUID eventId, String ticketId, String number, String regionCode, Instant occurredAt,
                                 String orgCode, String reason) implements TicketEvent {
        @Override
        public String type() {
            return RETURNED;
        }
    }

    /** The lead department replied; {@code onTime} says whether it was within the limit. */
    public record TicketReplied(UUID eventId, String ticketId, String number, String regionCode, Instant occurredAt,
                                String orgCode, String reply, boolean onTime) implements TicketEvent {
        @Override
        public String type() {
            return REPLIED;
        }
    }

    /** A dissatisfied return visit reopened the ticket (重办) with a new deadline. */
    public record TicketReopened(UUID eventId, String ticketId, String number, String regionCode, Instant occurredAt,
                                 String leadOrgCode, int reopenCount, Instant dueAt) implements TicketEvent {
        @Override
        public String type() {
            return REOPENED;
        }
    }

    /**
     * 督办 (level 1) or escalation (level 2 and up): the notification of whoever the level presses —
     * {@code escalationStep} DEPARTMENT ({@code notifyOrgCode}), REGION_SUPERVISOR or HIGHER_REGION
     * (the supervisors of {@code notifyRegionCode}). The three fields were added to v1 as optional;
     * so were {@code reason} (OVERDUE: the overdue sweep; SUPERVISOR: a supervisor's 督办) and
     * {@code note} (the timeline's note: whom the level presses, and why).
     */
    public record TicketSupervised(UUID eventId, String ticketId, String number, String regionCode, Instant occurredAt,
                                   String leadOrgCode, int level, Instant dueAt, String escalationStep,
                                   String notifyOrgCode, String notifyRegionCode, String reason,
                                   String note) implements TicketEvent {
        @Override
        public String type() {
            return SUPERVISED;
        }
    }

    /** Handed to 110/119/120/122 with the other line's reference number. */
    public record TicketTransferred(UUID eventId, String ticketId, String number, String regionCode, Instant occurredAt,
                                    String line, String theirReference) implements TicketEvent {
        @Override
        public String type() {
            return TRANSFERRED;
        }
    }

    /**
     * 联动: the matter is handled jointly with 110; 12345's ticket stays open and both lines keep each
     * other's reference number ({@code number} here, {@code policeReference} there).
     */
    public record TicketLinked(UUID eventId, String ticketId, String number, String regionCode, Instant occurredAt,
                               String line, String policeReference) implements TicketEvent {
        @Override
        public String type() {
            return LINKED;
        }
    }

    /** A duplicate was merged into {@code primaryTicketId} (并单). */
    public record TicketMerged(UUID eventId, String ticketId, String number, String regionCode, Instant occurredAt,
                               String primaryTicketId) implements TicketEvent {
        @Override
        public String type() {
            return MERGED;
        }
    }

    /**
     * The ticket is concluded: answered on the spot ({@code outcome} ANSWERED) or handled and
     * visited back (HANDLED). review-service opens an evaluation invitation from it.
     */
    public record TicketClosed(UUID eventId, String ticketId, String number, String regionCode, Instant occurredAt,
                               String outcome, String ticketType, String categoryCode, String channel,
                               String leadOrgCode, String leadOrgName, String callerIdHash, String satisfaction,
                               Boolean resolved, Boolean repliedOnTime) implements TicketEvent {
        @Override
        public String type() {
            return CLOSED;
        }
    }

    /** What every ticket event shares: the topic and the ticket id as key. */
    public sealed interface TicketEvent extends IntegrationEvent permits TicketCreated, TicketDispatched, TicketReturned,
            TicketReplied, TicketReopened, TicketSupervised, TicketTransferred, TicketLinked, TicketMerged, TicketClosed {

        String ticketId();

        @Override
        default String aggregateId() {
            return ticketId();
        }

        @Override
        default String topic() {
            return TOPIC;
        }
    }
}
