package cn.yiwang.common.events;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code yiwang.events.*}: how this service names itself as an event source and how often the
 * outbox is swept for events that were not sent.
 *
 * @param source   {@code ce_source}; when unset, {@code /yiwang/<spring.application.name>}
 * @param resubmit      the periodic resubmission of incomplete publications
 * @param keepCompleted how long sent events stay in the outbox table (for support questions
 *                      such as "was it sent, and when?") before the sweep deletes them
 * @param lanes         how many events are sent to Kafka at the same time (one aggregate's always
 *                      one after another: {@link EventLanes})
 */
@ConfigurationProperties("yiwang.events")
public record EventsProperties(String source, @DefaultValue Resubmit resubmit,
                               @DefaultValue("7d") Duration keepCompleted, @DefaultValue("8") int lanes) {

    /**
     * @param enabled  whether this instance sweeps the outbox (resubmission and deletion)
     * @param interval pause between two sweeps
     * @param minAge   how old an incomplete publication must be before it is sent again, so that a
     *                 send still in flight right after commit is not duplicated
     */
    public record Resubmit(@DefaultValue("true") boolean enabled,
                           @DefaultValue("30s") Duration interval,
                           @DefaultValue("60s") Duration minAge) {
    }
}
