package cn.yiwang.cases.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * A local copy of the versions catalog-service publishes of one kind of document (items, bundles): a table keyed
 * by the document's key and version, with its region, the document as JSON and, once catalog-service has withdrawn
 * that version, when and why.
 *
 * <p>The latest version known decides whether the document is open for applications. Events may arrive late,
 * twice or out of order, and that rule keeps the answer right: a late {@code published} of the withdrawn version
 * (or an older one) changes nothing, a newer published version opens the document again, and a late
 * {@code withdrawn} of a version already superseded does not close the newer one.
 *
 * @param <K> the document's key (an item's implementation code, a bundle's id)
 * @param <T> the document
 */
public final class PublishedVersions<K, T> {

    /** The latest version known of a document, withdrawn or not. */
    public record Latest<T>(T document, int version, boolean withdrawn, String withdrawalReason) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Class<T> type;
    private final String insert;
    private final String withdraw;
    private final String latest;

    /** Table and column names are the caller's constants, never input. */
    public PublishedVersions(JdbcClient jdbc, JsonMapper json, Class<T> type, String table, String keyColumn,
                             String documentColumn) {
        this.jdbc = jdbc;
        this.json = json;
        this.type = type;
        this.insert = "INSERT INTO " + table + " (" + keyColumn + ", version, region_code, " + documentColumn + ", stored_at)"
                + " VALUES (:key, :version, :region, CAST(:document AS jsonb), now())"
                + " ON CONFLICT (" + keyColumn + ", version) DO NOTHING";
        // The withdrawn version is stored even when its published event has not arrived (the event carries it
        // whole); a version already stored keeps its document and is only marked, once.
        this.withdraw = "INSERT INTO " + table + " AS v (" + keyColumn + ", version, region_code, " + documentColumn
                + ", stored_at, withdrawn_at, withdrawal_reason)"
                + " VALUES (:key, :version, :region, CAST(:document AS jsonb), now(), :withdrawnAt, :reason)"
                + " ON CONFLICT (" + keyColumn + ", version) DO UPDATE SET withdrawn_at = EXCLUDED.withdrawn_at,"
                + " withdrawal_reason = EXCLUDED.withdrawal_reason WHERE v.withdrawn_at IS NULL";
        this.latest = "SELECT " + documentColumn + "::text AS document, version, withdrawn_at IS NOT NULL AS withdrawn,"
                + " withdrawal_reason FROM " + table + " WHERE " + keyColumn + " = :key ORDER BY version DESC LIMIT 1";
    }

    /** Stores a version; a version already stored is kept as it was (a published version is frozen). */
    public boolean store(K key, int version, String regionCode, T document) {
        return jdbc.sql(insert)
                .param("key", key)
                .param("version", version)
                .param("region", regionCode)
                .param("document", json.writeValueAsString(document))
                .update() == 1;
    }

    /** Marks a version withdrawn (storing it if unknown); answers false when it was already marked. */
    public boolean withdraw(K key, int version, String regionCode, T document, Instant withdrawnAt, String reason) {
        return jdbc.sql(withdraw)
                .param("key", key)
                .param("version", version)
                .param("region", regionCode)
                .param("document", json.writeValueAsString(document))
                .param("withdrawnAt", Timestamp.from(withdrawnAt == null ? Instant.now() : withdrawnAt))
                .param("reason", reason)
                .update() == 1;
    }

    /** The latest version known, withdrawn or not. */
    public Optional<Latest<T>> latest(K key) {
        return jdbc.sql(latest).param("key", key)
                .query((rs, row) -> new Latest<>(json.readValue(rs.getString("document"), type), rs.getInt("version"),
                        rs.getBoolean("withdrawn"), rs.getString("withdrawal_reason")))
                .optional();
    }
}
