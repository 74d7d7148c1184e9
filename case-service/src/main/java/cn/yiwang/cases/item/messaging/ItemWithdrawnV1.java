package cn.yiwang.cases.item.messaging;

import cn.yiwang.cases.item.PublishedItem;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * case-service's reader of catalog-service's {@code item.withdrawn} (topic {@code catalog.item.v1}, type
 * {@value #TYPE}): the withdrawn version whole under {@code guide} (the same service guide as {@code item.published}
 * carries), with when and why. Unknown fields ignored. Tested against catalog-service's own example,
 * {@code catalog-service/src/main/resources/contracts/events/item.withdrawn.json}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemWithdrawnV1(String code, Integer version, Instant occurredAt, String reason, CatalogGuideV1 guide) {

    public static final String TYPE = "yiwang.item.withdrawn.v1";

    /** The withdrawn version, or an exception naming what is missing: a half-read event must not close an item. */
    public PublishedItem toItem() {
        if (guide == null) {
            throw new IllegalArgumentException("item.withdrawn " + code + " carries no guide");
        }
        PublishedItem item = guide.toItem();
        if (version != null && version != item.version() || code != null && !code.equals(item.implementationCode())) {
            throw new IllegalArgumentException("item.withdrawn " + code + " v" + version + " carries the guide of "
                    + item.implementationCode() + " v" + item.version());
        }
        return item;
    }
}
