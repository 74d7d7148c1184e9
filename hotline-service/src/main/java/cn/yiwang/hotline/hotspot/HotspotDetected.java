package cn.yiwang.hotline.hotspot;

import cn.yiwang.common.events.EventNames;
import cn.yiwang.common.events.IntegrationEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code yiwang.hotspot.detected.v1} on {@value #TOPIC} (key = hotspot id): the category, the area,
 * the window and the tickets that crossed the threshold. A stream of its own, since a hotspot is
 * not a ticket and the ticket stream is keyed by ticket id.
 */
public record HotspotDetected(UUID eventId, String hotspotId, String categoryCode, String regionCode, Instant occurredAt,
                              Instant windowStart, int ticketCount, List<String> ticketIds) implements IntegrationEvent {

    public static final String TOPIC = "hotline.hotspot.v1";
    public static final String TYPE = "yiwang.hotspot.detected.v1";

    static {
        if (!TOPIC.equals(EventNames.topic("hotline", "hotspot", 1)) || !TYPE.equals(EventNames.type("hotspot", "detected", 1))) {
            throw new IllegalStateException("event names do not follow EventNames");
        }
    }

    @Override
    public String aggregateId() {
        return hotspotId;
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
