package cn.yiwang.common.idempotency;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A submission filed once per {@code Idempotency-Key} (an application, a ticket, …). What may wait on another
 * service or on a counter is prepared before the transaction, so no database connection is held while a remote
 * call or another submission waits; the key is claimed inside the transaction that files the submission: a retry,
 * or a concurrent duplicate (which waits on the key's row), finds what the first attempt filed. The same key with a
 * different request is refused (422, the violation naming {@code Idempotency-Key}).
 *
 * <p>Each service keeps its keys in its own ledger table (its own Flyway migration), keyed by the caller's subject
 * and the key: {@code (subject varchar, idempotency_key varchar, request_hash varchar, <filed> uuid, created_at
 * timestamptz, primary key (subject, idempotency_key))}.
 */
public class IdempotentSubmissions {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /**
     * Where the keys of one kind of submission are kept, and the message key of the refusal of a reused key
     * (in the service's {@code messages} bundle).
     *
     * @param table       the ledger table
     * @param filedColumn the column naming what was filed (a uuid)
     * @param reusedKey   message key of the 422 detail when the key was used for a different request
     */
    public record Ledger(String table, String filedColumn, String reusedKey) {

        public Ledger {
            // Both names go into SQL text: only plain lower-case identifiers are accepted.
            if (!IDENTIFIER.matcher(Objects.requireNonNull(table, "table")).matches()
                    || !IDENTIFIER.matcher(Objects.requireNonNull(filedColumn, "filedColumn")).matches()) {
                throw new IllegalArgumentException("ledger table and column must be plain identifiers: " + table + "." + filedColumn);
            }
            Objects.requireNonNull(reusedKey, "reusedKey");
        }
    }

    /**
     * One kind of submission.
     *
     * @param <P> the submission prepared (checked and numbered) but not stored
     * @param <T> the answer
     */
    public interface Submission<P, T> {

        /** Everything that may wait; called with no transaction open. */
        P prepare();

        /** The id the prepared submission will be filed under. */
        UUID id(P prepared);

        /** Stores the prepared submission, in the transaction that claimed the key. */
        T file(P prepared);

        /** The answer for a submission filed earlier under the key. */
        T replay(UUID filed);
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    public IdempotentSubmissions(JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions) {
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
            int claimed = jdbc.sql("INSERT INTO " + ledger.table() + " (subject, idempotency_key, request_hash, "
                            + ledger.filedColumn() + ", created_at) VALUES (:subject, :key, :hash, :id, now()) ON CONFLICT DO NOTHING")
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
        Optional<Map<String, Object>> row = jdbc.sql("SELECT request_hash, " + ledger.filedColumn() + " AS filed FROM "
                        + ledger.table() + " WHERE subject = :subject AND idempotency_key = :key")
                .param("subject", actor.subject()).param("key", idempotencyKey).query().listOfRows().stream().findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (!requestHash.equals(row.get().get("request_hash"))) {
            throw new ProblemException(ProblemKind.RULE_VIOLATED,
                    List.of(new Violation("Idempotency-Key", "reused", ledger.reusedKey())), ledger.reusedKey());
        }
        return Optional.of((UUID) row.get().get("filed"));
    }
}
