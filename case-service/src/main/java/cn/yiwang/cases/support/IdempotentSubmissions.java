package cn.yiwang.cases.support;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An application filed once per {@code Idempotency-Key} (a case, or a bundle's parent with its children). What
 * may wait on another service or on a counter is prepared before the transaction, so no database connection is
 * held while a remote call or another application waits; the key is claimed inside the transaction that files
 * the application: a retry, or a concurrent duplicate (which waits on the key's row), finds what the first
 * attempt filed. The same key with a different request is refused (422).
 */
@Component
public class IdempotentSubmissions {

    /** Where the keys of one kind of application are kept: table and the column naming what was filed. */
    public enum Ledger {
        CASE("application_request", "case_id"),
        BUNDLE("bundle_application_request", "bundle_case_id");

        private final String table;
        private final String filedColumn;

        Ledger(String table, String filedColumn) {
            this.table = table;
            this.filedColumn = filedColumn;
        }
    }

    /**
     * One kind of application.
     *
     * @param <P> the application prepared (checked and numbered) but not stored
     * @param <T> the answer
     */
    public interface Submission<P, T> {

        /** Everything that may wait; called with no transaction open. */
        P prepare();

        /** The id the prepared application will be filed under. */
        UUID id(P prepared);

        /** Stores the prepared application, in the transaction that claimed the key. */
        T file(P prepared);

        /** The answer for an application filed earlier under the key. */
        T replay(UUID filed);
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    IdempotentSubmissions(JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
    }

    /** What was filed, and whether this call was a retry of an earlier one. */
    public record Submitted<T>(T answer, boolean replayed) {
    }

    public <P, T> Submitted<T> submit(Ledger ledger, Actor actor, String idempotencyKey, Object request,
                                      Submission<P, T> submission) {
        String requestHash = Fingerprints.sha256(json.writeValueAsString(request));
        Optional<UUID> earlier = earlier(ledger, actor, idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            return new Submitted<>(submission.replay(earlier.get()), true);
        }
        P prepared = submission.prepare();
        return transactions.execute(status -> {
            int claimed = jdbc.sql("INSERT INTO " + ledger.table + " (subject, idempotency_key, request_hash, "
                            + ledger.filedColumn + ", created_at) VALUES (:subject, :key, :hash, :id, now()) ON CONFLICT DO NOTHING")
                    .param("subject", actor.subject()).param("key", idempotencyKey).param("hash", requestHash)
                    .param("id", submission.id(prepared)).update();
            if (claimed == 0) {
                return new Submitted<>(submission.replay(earlier(ledger, actor, idempotencyKey, requestHash).orElseThrow()),
                        true);
            }
            return new Submitted<>(submission.file(prepared), false);
        });
    }

    /** What an earlier request with this key filed; a different request under the same key is refused. */
    private Optional<UUID> earlier(Ledger ledger, Actor actor, String idempotencyKey, String requestHash) {
        Optional<Map<String, Object>> row = jdbc.sql("SELECT request_hash, " + ledger.filedColumn + " AS filed FROM "
                        + ledger.table + " WHERE subject = :subject AND idempotency_key = :key")
                .param("subject", actor.subject()).param("key", idempotencyKey).query().listOfRows().stream().findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (!requestHash.equals(row.get().get("request_hash"))) {
            throw new ProblemException(ProblemKind.RULE_VIOLATED,
                    List.of(new Violation("Idempotency-Key", "reused", "case.idempotency.reused")), "case.idempotency.reused");
        }
        return Optional.of((UUID) row.get().get("filed"));
    }
}
