package cn.yiwang.common.events;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
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
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.Message;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

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

    /**
     * Acknowledged sends of the outbox complete on {@link EventLanes#completions()}: Modulith records
     * the completion (a database update) on the thread that completes the send's future, which
     * would otherwise be the Kafka client's single network thread (bench eventlag: 1,400 sends
     * failed waiting for a pool connection there while every lane waited for an acknowledgement).
     * Only {@code send(Message)}, the call the externalization makes, is redirected.
     */
    @Bean
    static BeanPostProcessor yiwangKafkaSendCompletions(ObjectProvider<EventLanes> lanes) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof KafkaTemplate<?, ?>) || AopUtils.isAopProxy(bean)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(true);
                // Looked up once, not per send (a bean-factory lookup per event showed in profiles).
                org.springframework.util.function.SingletonSupplier<EventLanes> executors =
                        org.springframework.util.function.SingletonSupplier.of(lanes::getIfAvailable);
                proxy.addAdvice((MethodInterceptor) invocation -> {
                    Object result = invocation.proceed();
                    if (invocation.getMethod().getName().equals("send")
                            && invocation.getArguments().length == 1 && invocation.getArguments()[0] instanceof Message<?>
                            && result instanceof CompletableFuture<?> sent) {
                        EventLanes executor = executors.get();
                        return executor == null ? result : sent.thenApplyAsync(Function.identity(), executor.completions());
                    }
                    return result;
                });
                return proxy.getProxy(bean.getClass().getClassLoader());
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
