package cn.yiwang.common.events;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.transaction.event.TransactionalApplicationListener;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the platform's event convention into Spring Modulith's externalization: every
 * {@link IntegrationEvent} goes to its topic, keyed by its aggregate id, with the CloudEvents
 * headers. Runs before Modulith's own configuration, which then backs off.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
        "org.springframework.modulith.events.kafka.KafkaJacksonConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration"})
@ConditionalOnClass({EventExternalizationConfiguration.class, KafkaOperations.class})
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

    /** Sends each {@link IntegrationEvent} to its aggregate stream; other events stay in-process. */
    @Bean
    @ConditionalOnMissingBean(EventExternalizationConfiguration.class)
    EventExternalizationConfiguration yiwangEventExternalization(EventsProperties properties,
            @Value("${spring.application.name:unknown}") String applicationName) {
        String source = properties.source() != null ? properties.source() : "/yiwang/" + applicationName;
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof IntegrationEvent)
                .routeAll(event -> {
                    IntegrationEvent integrationEvent = (IntegrationEvent) event;
                    return RoutingTarget.forTarget(integrationEvent.topic()).andKey(integrationEvent.aggregateId());
                })
                .headers(event -> CloudEventHeaders.of((IntegrationEvent) event, source))
                // Each send waits for the broker's acknowledgement before that lane's next one, so
                // one aggregate's events (one lane, EventLanes) reach Kafka in commit order.
                .serializeExternalization(false)
                .build();
    }

    /**
     * The service's asynchronous executor (Boot's single-thread one backs off): lanes, so that
     * committed events are sent in parallel across aggregates and in order within one.
     */
    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    @ConditionalOnMissingBean(name = "applicationTaskExecutor")
    EventLanes yiwangEventLanes(EventsProperties properties) {
        return new EventLanes(properties.lanes(), "yiwang-events-");
    }

    /** Puts each committed event's send into its aggregate's lane (see {@link EventLanes}). */
    @Bean
    static ApplicationListener<ContextRefreshedEvent> yiwangEventLaneKeys() {
        return refreshed -> {
            if (refreshed.getApplicationContext() instanceof AbstractApplicationContext context) {
                for (ApplicationListener<?> listener : context.getApplicationListeners()) {
                    if (listener instanceof TransactionalApplicationListener<?> transactional
                            && LANE_KEYED.add(transactional)) {
                        transactional.addCallback(EventLanes.laneKeyCallback());
                    }
                }
            }
        };
    }

    /** Listeners given the lane callback once, even if a context is refreshed again. */
    private static final java.util.Set<Object> LANE_KEYED =
            java.util.Collections.newSetFromMap(java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>()));

    /** JSON values without Java type headers; see {@link PayloadOnlyJsonMessageConverter}. */
    @Bean
    @ConditionalOnClass(JsonMapper.class)
    @ConditionalOnMissingBean(RecordMessageConverter.class)
    RecordMessageConverter yiwangEventMessageConverter(ObjectProvider<JsonMapper> jsonMapper) {
        return new PayloadOnlyJsonMessageConverter(jsonMapper.getIfUnique(JsonMapper::new));
    }
}
