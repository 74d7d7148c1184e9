package cn.yiwang.cases.bundle.messaging;

import cn.yiwang.cases.bundle.PublishedBundle;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/**
 * case-service's reader of catalog-service's {@code bundle.withdrawn} (topic {@code catalog.bundle.v1}, type
 * {@value #TYPE}): the withdrawn version whole under {@code bundle} (the same merged bundle as
 * {@code bundle.published} carries), with when and why. Unknown fields ignored. Tested against catalog-service's own
 * example, {@code catalog-service/src/main/resources/contracts/events/bundle.withdrawn.json}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BundleWithdrawnV1(UUID bundleId, Integer version, Instant occurredAt, String reason,
                                BundlePublishedV1.Merged bundle) {

    public static final String TYPE = "yiwang.bundle.withdrawn.v1";

    /** The withdrawn version, or an exception naming what is missing: a half-read event must not close a bundle. */
    public PublishedBundle toBundle() {
        if (bundle == null) {
            throw new IllegalArgumentException("bundle.withdrawn " + bundleId + " carries no bundle");
        }
        PublishedBundle withdrawn = bundle.toBundle();
        if (version != null && version != withdrawn.version()
                || bundleId != null && !bundleId.equals(withdrawn.bundleId())) {
            throw new IllegalArgumentException("bundle.withdrawn " + bundleId + " v" + version + " carries bundle "
                    + withdrawn.bundleId() + " v" + withdrawn.version());
        }
        return withdrawn;
    }
}
