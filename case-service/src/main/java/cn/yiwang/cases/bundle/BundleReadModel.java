package cn.yiwang.cases.bundle;

import cn.yiwang.cases.support.PublishedVersions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;
import java.util.UUID;

/** The local copy of published bundle versions (table {@code bundle_version}). */
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

    /** The latest published version of a bundle. */
    public Optional<PublishedBundle> latest(UUID bundleId) {
        return versions.latest(bundleId);
    }
}
