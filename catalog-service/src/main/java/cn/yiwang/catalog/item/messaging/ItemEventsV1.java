package cn.yiwang.catalog.item.messaging;

import cn.yiwang.catalog.guide.ServiceGuide;

import java.time.Instant;
import java.util.UUID;

/**
 * Events of the item stream, topic {@value #TOPIC}, key = item id. {@code item.published} carries
 * the whole published guide so consumers (cases, hotline) never need to call back. Adding an
 * optional field keeps v1; anything else is a v2 on a new topic (ARCHITECTURE.md, "Events").
 */
public final class ItemEventsV1 {

    public static final String TOPIC = "catalog.item.v1";

    private ItemEventsV1() {
    }

    /**
     * A new version of an item was published; {@code supersededVersion} is the version it replaces
     * (null for the first publication).
     */
    public record ItemPublished(UUID eventId, UUID itemId, String regionCode, Instant occurredAt,
                                Integer supersededVersion, ServiceGuide guide) {

        public static final String TYPE = "yiwang.item.published.v1";

        public String aggregateId() {
            return itemId.toString();
        }

        public String type() {
            return TYPE;
        }

        public String topic() {
            return TOPIC;
        }
    }

    /** A published item was taken off the catalog; its history stays readable by version. */
    public record ItemWithdrawn(UUID eventId, UUID itemId, String code, String regionCode, Instant occurredAt,
                                int version, String reason) {

        public static final String TYPE = "yiwang.item.withdrawn.v1";

        public String aggregateId() {
            return itemId.toString();
        }

        public String type() {
            return TYPE;
        }

        public String topic() {
            return TOPIC;
        }
    }
}
