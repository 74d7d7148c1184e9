package cn.yiwang.cases.item;

import cn.yiwang.cases.support.PublishedVersions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Optional;

/** The local copy of published item versions (table {@code item_version}), withdrawn ones marked. */
@Repository
public class ItemReadModel {

    private final PublishedVersions<String, PublishedItem> versions;

    public ItemReadModel(JdbcClient jdbc, JsonMapper json) {
        this.versions = new PublishedVersions<>(jdbc, json, PublishedItem.class, "item_version", "implementation_code", "item");
    }

    /** Stores a version; a version already stored is kept as it was (a published version is frozen). */
    public boolean store(PublishedItem item) {
        return versions.store(item.implementationCode(), item.version(), item.regionCode(), item);
    }

    /** Marks the version withdrawn, storing it if its published event has not arrived; false if already marked. */
    public boolean withdraw(PublishedItem item, Instant withdrawnAt, String reason) {
        return versions.withdraw(item.implementationCode(), item.version(), item.regionCode(), item, withdrawnAt, reason);
    }

    /** The latest version known of an item, withdrawn or not. */
    public Optional<PublishedVersions.Latest<PublishedItem>> latest(String implementationCode) {
        return versions.latest(implementationCode);
    }
}
