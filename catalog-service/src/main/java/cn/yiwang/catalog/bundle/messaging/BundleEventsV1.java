package cn.yiwang.catalog.bundle.messaging;

import cn.yiwang.catalog.bundle.domain.MergedBundle;
import cn.yiwang.common.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * Events of the bundle stream, topic {@value #TOPIC}, key = bundle id, through common-lib's outbox.
 * {@code bundle.published} carries the whole merged bundle (members, form, materials); a revised
 * bundle is published again as the next version. {@code bundle.withdrawn} tells consumers (cases) to
 * stop offering it and carries the withdrawn version in full, so they need not call back (issue #4). Examples: {@code contracts/events/bundle.*.json}.
 */
public final class BundleEventsV1 {

    public static final String TOPIC = "catalog.bundle.v1";

    private BundleEventsV1() {
    }

    public record BundlePublished(UUID eventId, UUID bundleId, String regionCode, Instant occurredAt,
                                  MergedBundle bundle) implements IntegrationEvent {

        public static final String TYPE = "yiwang.bundle.published.v1";

        @Override
        public String aggregateId() {
            return bundleId.toString();
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
     * A published bundle was taken off the catalog; {@code version} is the version that was current,
     * and {@code bundle} that version in full, as {@code bundle.published} carried it (an optional
     * field added in v1).
     */
    public record BundleWithdrawn(UUID eventId, UUID bundleId, String name, String regionCode, Instant occurredAt,
                                  int version, String reason, MergedBundle bundle) implements IntegrationEvent {

        public static final String TYPE = "yiwang.bundle.withdrawn.v1";

        @Override
        public String aggregateId() {
            return bundleId.toString();
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
