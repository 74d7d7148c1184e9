package cn.yiwang.cases.bundle;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;
import java.util.UUID;

/** The local copy of published bundle versions (table {@code bundle_version}). */
@Repository
public class BundleReadModel {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public BundleReadModel(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a version; a version already stored is kept as it was (a published version is frozen). */
    public boolean store(PublishedBundle bundle) {
        return jdbc.sql("""
                        INSERT INTO bundle_version (bundle_id, version, region_code, bundle, stored_at)
                        VALUES (:id, :version, :region, CAST(:bundle AS jsonb), now())
                        ON CONFLICT (bundle_id, version) DO NOTHING
                        """)
                .param("id", bundle.bundleId())
                .param("version", bundle.version())
                .param("region", bundle.regionCode())
                .param("bundle", json.writeValueAsString(bundle))
                .update() == 1;
    }

    public Optional<PublishedBundle> latest(UUID bundleId) {
        return jdbc.sql("SELECT bundle FROM bundle_version WHERE bundle_id = :id ORDER BY version DESC LIMIT 1")
                .param("id", bundleId)
                .query(String.class).optional()
                .map(text -> json.readValue(text, PublishedBundle.class));
    }
}
