package cn.yiwang.review.upstream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The "forward" half: a scheduled job sends waiting evaluations until the upstream accepts each
 * one (2xx). Several instances may run it: each run first <em>claims</em> a batch by pushing its
 * next attempt a lease into the future ({@code FOR UPDATE SKIP LOCKED}), then sends outside any
 * transaction. A failed attempt is retried with doubling back-off; an instance that dies mid-send
 * loses nothing, the lease simply runs out. The upstream may see an evaluation twice (after a lost
 * response); the {@code Idempotency-Key} header lets it recognise the repeat.
 */
@Component
public class UpstreamForwarder {

    private static final Logger log = LoggerFactory.getLogger(UpstreamForwarder.class);

    private static final String CLAIM = """
            UPDATE upstream_forwarding SET next_attempt_at = ?, attempts = attempts + 1
            WHERE id IN (SELECT id FROM upstream_forwarding
                         WHERE sent_at IS NULL AND next_attempt_at <= ?
                         ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING id, evaluation_id, payload, attempts""";

    private final JdbcTemplate jdbc;
    private final UpstreamProperties properties;
    private final RestClient http;
    private final Clock clock;

    public UpstreamForwarder(JdbcTemplate jdbc, UpstreamProperties properties, Clock clock,
                             ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        // A plain client: Boot 4 keeps RestClient.Builder auto-configuration in a module this service does not need.
        this.http = RestClient.builder().requestFactory(requests).build();
        // Operations watch this: a growing backlog means the upstream system is away or refusing.
        meters.ifAvailable(registry -> Gauge.builder("yiwang.review.upstream.backlog", this, UpstreamForwarder::backlog)
                .description("Evaluations waiting to be accepted by the upstream 好差评 system")
                .register(registry));
    }

    @Scheduled(fixedDelayString = "${yiwang.review.upstream.interval:10s}")
    public void forwardWaiting() {
        if (properties.url() == null || properties.url().toString().isBlank()) {
            return; // not configured yet: evaluations wait in the table, nothing is lost
        }
        forward();
    }

    /** One run: claims and sends a batch; returns how many the upstream accepted. */
    public int forward() {
        Instant now = clock.instant();
        List<Claimed> batch = jdbc.query(CLAIM, (rs, row) -> new Claimed((UUID) rs.getObject("id"),
                        (UUID) rs.getObject("evaluation_id"), rs.getString("payload"), rs.getInt("attempts")),
                Timestamp.from(now.plus(properties.lease())), Timestamp.from(now), properties.batchSize());
        int sent = 0;
        for (Claimed claimed : batch) {
            try {
                http.post().uri(properties.url())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", claimed.evaluationId().toString())
                        .body(claimed.payload())
                        .retrieve()
                        .toBodilessEntity();
                jdbc.update("UPDATE upstream_forwarding SET sent_at = ?, last_error = NULL WHERE id = ?",
                        Timestamp.from(clock.instant()), claimed.id());
                sent++;
            } catch (RuntimeException failure) {
                Duration backoff = backoff(claimed.attempts());
                log.warn("Upstream evaluation system refused or unreachable for evaluation {} (attempt {}), retry in {}: {}",
                        claimed.evaluationId(), claimed.attempts(), backoff, failure.getMessage());
                jdbc.update("UPDATE upstream_forwarding SET next_attempt_at = ?, last_error = ? WHERE id = ?",
                        Timestamp.from(clock.instant().plus(backoff)), abbreviate(failure.getMessage()), claimed.id());
            }
        }
        return sent;
    }

    /** Waiting (not yet accepted) evaluations, for the backlog figure and tests. */
    public long backlog() {
        Long waiting = jdbc.queryForObject("SELECT count(*) FROM upstream_forwarding WHERE sent_at IS NULL", Long.class);
        return waiting == null ? 0 : waiting;
    }

    private Duration backoff(int attempts) {
        Duration wait = properties.interval().multipliedBy(1L << Math.min(attempts - 1, 16));
        return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
    }

    private static String abbreviate(String message) {
        if (message == null) {
            return null;
        }
        return message.length() > 500 ? message.substring(0, 500) : message;
    }

    private record Claimed(UUID id, UUID evaluationId, String payload, int attempts) {
    }
}
