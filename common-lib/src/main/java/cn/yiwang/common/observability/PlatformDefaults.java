package cn.yiwang.common.observability;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lowest-precedence defaults for every Yiwang process, so each service's own configuration stays
 * short and the same rules hold everywhere: bind 127.0.0.1 unless told otherwise, expose only
 * health, info and prometheus, liveness/readiness groups on, the same metric tags everywhere.
 * Any of them is overridden by the service's application.yml or the environment.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "yiwangPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("server.address", "127.0.0.1");
        defaults.put("server.shutdown", "graceful");
        // Services sit behind the gateway, which sets X-Forwarded-*; links in API documents and
        // Location headers then point at the gateway, not at the service's internal address.
        defaults.put("server.forward-headers-strategy", "framework");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.show-details", "never");
        defaults.put("management.health.livenessstate.enabled", "true");
        defaults.put("management.health.readinessstate.enabled", "true");
        defaults.put("management.metrics.tags.service", "${spring.application.name:unknown}");
        defaults.put("management.metrics.tags.region", "${yiwang.region:000000}");
        // Trace context travels as W3C traceparent (set by the gateway), whether or not a span is
        // sampled for export; a tenth of traces are sampled by default.
        defaults.put("management.tracing.sampling.probability", "0.1");
        defaults.put("management.tracing.propagation.type", "w3c");
        defaults.put("spring.kafka.template.observation-enabled", "true");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        // common-lib answers every error itself (ServletProblemHandler); Boot's handler would shadow it.
        defaults.put("spring.mvc.problemdetails.enabled", "false");
        defaults.put("spring.webflux.problemdetails.enabled", "true");
        defaults.put("spring.security.oauth2.resourceserver.jwt.audiences", "${yiwang.security.audience:yiwang-api}");
        defaults.put("spring.jackson.default-property-inclusion", "non_null");
        // Spring Modulith hands each committed event to an @Async listener on the task executor;
        // on several threads two events of one aggregate overtook each other (a case's concluded
        // before its resumed, a ticket's escalations). Where common-lib's events run, EventLanes
        // replaces this executor (one thread per lane, one lane per aggregate); elsewhere one
        // thread keeps the order.
        defaults.put("spring.task.execution.pool.core-size", "1");
        defaults.put("spring.task.execution.pool.max-size", "1");
        defaults.put("spring.task.execution.thread-name-prefix", "yiwang-events-");
        defaults.put("spring.jackson.time-zone", "Asia/Shanghai");
        defaults.put("springdoc.api-docs.path", "/v3/api-docs");
        // db/platform holds common-lib's own tables (outbox, processed events) as V0_x, below every
        // service's V1, so they exist before the service's first migration.
        defaults.put("spring.flyway.locations", "classpath:db/migration,classpath:db/platform");
        // Flyway owns the outbox table; Modulith must not create its own copy.
        defaults.put("spring.modulith.events.jdbc.schema-initialization.enabled", "false");
        // OutboxResubmitter retries periodically; replaying everything on each start of each
        // instance would only add duplicates.
        defaults.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
        // A publication left "resubmitted" by an instance that died mid-send would never be
        // picked up again; after this long it counts as failed and is resubmitted.
        defaults.put("spring.modulith.events.staleness.resubmission", "5m");
        // Producer records reach the log of every in-sync replica before the outbox entry is
        // marked complete.
        defaults.put("spring.kafka.producer.acks", "all");
        // A producer's own retry must neither reorder nor duplicate what it sends: the idempotent
        // producer with at most five requests in flight (the client's defaults, stated here
        // because event order depends on them).
        defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
        defaults.put("spring.kafka.producer.properties.max.in.flight.requests.per.connection", "5");
        // Consumers read the JSON value as text (ConsumerRecord<String, String>). Spring Modulith's
        // Kafka module defaults the consumer to byte[] through a @PropertySource, which comes
        // after this source and so loses to it; producers keep Modulith's byte[] serializer.
        defaults.put("spring.kafka.consumer.key-deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        defaults.put("spring.kafka.consumer.value-deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        // A consumer group that starts after events were published must still see them.
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        // Modulith sends each event after commit on the shared task executor; while the broker is
        // away a send must give up quickly (the outbox keeps the event) instead of holding an
        // executor thread for Kafka's 60 s default.
        defaults.put("spring.kafka.producer.properties.max.block.ms", "5000");
        // Where the local platform runs them; compose and Kubernetes set the environment instead.
        defaults.put("spring.kafka.bootstrap-servers", "127.0.0.1:9092");
        defaults.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://127.0.0.1:8180/realms/yiwang");
        // Keys straight from the realm's JWK set (Keycloak's path below the issuer) instead of
        // OpenID discovery: discovery runs on the first request with a 500 ms read timeout, and a
        // slow identity provider then turned that request into a 500. The issuer is still checked.
        defaults.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                "${spring.security.oauth2.resourceserver.jwt.issuer-uri}/protocol/openid-connect/certs");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
