package cn.yiwang.catalog.item.messaging;

import cn.yiwang.catalog.guide.ServiceGuide;
import cn.yiwang.common.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * Events of the item stream, topic {@value #TOPIC}, key = item id, sent through common-lib's
 * transactional outbox with CloudEvents headers ({@code ce_type} = each record's {@code TYPE}).
 * {@code item.published} carries the whole published guide, and {@code item.withdrawn} the whole
 * withdrawn version, so consumers (cases, hotline) never need to call back (issue #4). Adding an optional field keeps v1; anything else is a v2 on a new topic
 * (ARCHITECTURE.md, "Events"). Examples: {@code contracts/events/item.*.json}.
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
                                Integer supersededVersion, ServiceGuide guide) implements IntegrationEvent {

        public static final String TYPE = "yiwang.item.published.v1";

        @Override
        public String aggregateId() {
            return itemId.toString();
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

    /**
     * A published item was taken off the catalog; its history stays readable by version.
     * {@code guide} is the version that was current until now, in full, as {@code item.published}
     * carried it (added in v1 as an optional field: readers of the first shape are unaffected).
     */
    public record ItemWithdrawn(UUID eventId, UUID itemId, String code, String regionCode, Instant occurredAt,
                                int version, String reason, ServiceGuide guide) implements IntegrationEvent {

        public static final String TYPE = "yiwang.item.withdrawn.v1";

        @Override
        public String aggregateId() {
            return itemId.toString();
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
}
