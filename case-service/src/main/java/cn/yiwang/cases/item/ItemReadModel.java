package cn.yiwang.cases.item;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/** The local copy of published item versions (table {@code item_version}). */
@Repository
public class ItemReadModel {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ItemReadModel(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a version; a version already stored is kept as it was (a published version is frozen). */
    public boolean store(PublishedItem item) {
        return jdbc.sql("""
                        INSERT INTO item_version (implementation_code, version, region_code, item, stored_at)
                        VALUES (:code, :version, :region, CAST(:item AS jsonb), now())
                        ON CONFLICT (implementation_code, version) DO NOTHING
                        """)
                .param("code", item.implementationCode())
                .param("version", item.version())
                .param("region", item.regionCode())
                .param("item", json.writeValueAsString(item))
                .update() == 1;
    }

    /** The latest published version of an item. */
    public Optional<PublishedItem> latest(String implementationCode) {
        return jdbc.sql("""
                        SELECT item FROM item_version WHERE implementation_code = :code
                        ORDER BY version DESC LIMIT 1
                        """)
                .param("code", implementationCode)
                .query(String.class).optional()
                .map(text -> json.readValue(text, PublishedItem.class));
    }
}
