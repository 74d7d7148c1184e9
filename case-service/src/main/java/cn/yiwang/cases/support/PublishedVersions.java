package cn.yiwang.cases.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * A local copy of the versions catalog-service publishes of one kind of document (items, bundles): a table keyed
 * by the document's key and version, with its region and the document as JSON.
 *
 * @param <K> the document's key (an item's implementation code, a bundle's id)
 * @param <T> the document
 */
public final class PublishedVersions<K, T> {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Class<T> type;
    private final String insert;
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
        this.latest = "SELECT " + documentColumn + " FROM " + table + " WHERE " + keyColumn + " = :key"
                + " ORDER BY version DESC LIMIT 1";
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

    /** The latest published version. */
    public Optional<T> latest(K key) {
        return jdbc.sql(latest).param("key", key).query(String.class).optional()
                .map(text -> json.readValue(text, type));
    }
}
