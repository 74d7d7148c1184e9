package cn.yiwang.vectorcontrol.complaint.messaging;

import cn.yiwang.common.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code vectorcontrol.complaint.v1}: a complaint from 12345 was answered (Art. 32). The hotline
 * matches it to its ticket by {@code ticketId} and passes {@code outcome} (the reply) on to the
 * citizen as the lead department's reply; {@code handledBy} names who answered.
 */
public record ComplaintAnswered(UUID eventId, UUID complaintId, String ticketId, String regionCode, String pest,
                                boolean substantiated, String outcome, String handledBy, UUID inspectionId,
                                Instant occurredAt)
        implements IntegrationEvent {

    public static final String TOPIC = "vectorcontrol.complaint.v1";
    public static final String TYPE = "yiwang.complaint.answered.v1";

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return TOPIC;
    }
}
