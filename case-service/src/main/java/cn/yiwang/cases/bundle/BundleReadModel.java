package cn.yiwang.cases.bundle;

import cn.yiwang.cases.support.PublishedVersions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The local copy of published bundle versions (table {@code bundle_version}), withdrawn ones marked. */
@Repository
public class BundleReadModel {

    private final PublishedVersions<UUID, PublishedBundle> versions;

    public BundleReadModel(JdbcClient jdbc, JsonMapper json) {
        this.versions = new PublishedVersions<>(jdbc, json, PublishedBundle.class, "bundle_version", "bundle_id", "bundle");
    }

    /** Stores a version; a version already stored is kept as it was (a published version is frozen). */
    public boolean store(PublishedBundle bundle) {
        return versions.store(bundle.bundleId(), bundle.version(), bundle.regionCode(), bundle);
    }

    /** Marks the version withdrawn, storing it if its published event has not arrived; false if already marked. */
    public boolean withdraw(PublishedBundle bundle, Instant withdrawnAt, String reason) {
        return versions.withdraw(bundle.bundleId(), bundle.version(), bundle.regionCode(), bundle, withdrawnAt, reason);
    }

    /** The latest version known of a bundle, withdrawn or not. */
    public Optional<PublishedVersions.Latest<PublishedBundle>> latest(UUID bundleId) {
        return versions.latest(bundleId);
    }
}
