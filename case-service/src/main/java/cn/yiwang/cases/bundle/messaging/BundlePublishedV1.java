package cn.yiwang.cases.bundle.messaging;

import cn.yiwang.cases.bundle.PublishedBundle;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/**
 * case-service's own reader of catalog-service's {@code bundle.published} (topic {@value #TOPIC},
 * type {@value #TYPE}): the event carries the merged bundle under {@code bundle}; catalog-service's
 * {@code GET /public/bundles/{id}} answers the same merged bundle alone ({@link Merged}). Unknown
 * fields are ignored. Example: {@code src/test/resources/contracts/catalog/bundle-published.json}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BundlePublishedV1(UUID eventId, UUID bundleId, String regionCode, Merged bundle) {

    public static final String TOPIC = "catalog.bundle.v1";
    public static final String TYPE = "yiwang.bundle.published.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Merged(UUID bundleId, String name, String regionCode, String leadDepartment, Integer version,
                         List<Member> items, List<Field> form, List<Material> materials, Integer promisedLimitDays) {

        /** The read model's bundle, or an exception naming what is missing: a half-read bundle must not file cases. */
        public PublishedBundle toBundle() {
            if (bundleId == null || name == null || regionCode == null || version == null || items == null
                    || items.isEmpty()) {
                throw new IllegalArgumentException("bundle.published " + bundleId + " lacks id, name, region, version or items");
            }
            return new PublishedBundle(bundleId, name, regionCode, leadDepartment, version,
                    items.stream().map(item -> new PublishedBundle.Member(item.code(), item.name(), item.department(),
                            item.version() == null ? 0 : item.version())).toList(),
                    form == null ? List.of() : form.stream().map(field -> new PublishedBundle.Field(field.key(),
                            field.label(), field.type(), Boolean.TRUE.equals(field.required()), list(field.usedBy()))).toList(),
                    materials == null ? List.of() : materials.stream().map(material -> new PublishedBundle.BundleMaterial(
                            material.key(), material.name(), blankToNull(material.certificateType()),
                            Boolean.TRUE.equals(material.required()), Boolean.TRUE.equals(material.commitmentAllowed()),
                            Boolean.TRUE.equals(material.acceptWithGapsAllowed()), list(material.usedBy()))).toList(),
                    promisedLimitDays);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String code, String name, String department, Integer version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(String key, String label, String type, Boolean required, List<String> usedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Material(String key, String name, String certificateType, Boolean required, Boolean commitmentAllowed,
                           Boolean acceptWithGapsAllowed, List<String> usedBy) {
    }

    public PublishedBundle toBundle() {
        if (bundle == null) {
            throw new IllegalArgumentException("bundle.published " + bundleId + " carries no bundle");
        }
        return bundle.toBundle();
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
