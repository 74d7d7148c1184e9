package cn.yiwang.review.upstream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.UUID;

/**
 * The "store" half of store-and-forward: an evaluation to report is written in the transaction
 * that creates it, so it cannot be lost between the commit and a send (issue 6: retry and no loss).
 */
@Component
public class UpstreamForwarding {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public UpstreamForwarding(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(UpstreamEvaluation evaluation, Instant now) {
        jdbc.update("""
                INSERT INTO upstream_forwarding (id, evaluation_id, payload, attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT (evaluation_id) DO NOTHING""",
                UUID.randomUUID(), evaluation.evaluationId(), json.writeValueAsString(evaluation),
                java.sql.Timestamp.from(now), java.sql.Timestamp.from(now));
    }
}
