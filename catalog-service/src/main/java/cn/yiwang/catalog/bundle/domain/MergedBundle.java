package cn.yiwang.catalog.bundle.domain;

import cn.yiwang.catalog.codes.MaterialSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published bundle: one application for several items, handled in parallel. Everything a
 * channel needs to show and accept it, so consumers need not look up the member items.
 *
 * @param promisedLimitDays the longest promised limit of the members (they run in parallel)
 * @param maxVisits         the most visits any member needs
 */
public record MergedBundle(UUID bundleId, String name, String regionCode, String leadDepartment, String description,
                           int version, Instant publishedAt, List<Member> items, List<Field> form,
                           List<MergedMaterial> materials, Integer promisedLimitDays, Integer maxVisits) {

    /** A member item, by the published version the bundle was built from. */
    public record Member(String code, String name, String department, int version) {
    }

    /** One form field asked once, with the items that need it. */
    public record Field(String key, String label, String type, boolean required, List<String> usedBy) {
    }

    /**
     * One material asked once: required if any member requires it, as many originals and copies as
     * the most demanding member, commitment or accept-with-gaps only if every member allows it.
     */
    public record MergedMaterial(String key, String name, MaterialSource source, String certificateType, int originals,
                                 int copies, boolean required, boolean commitmentAllowed,
                                 boolean acceptWithGapsAllowed, List<String> usedBy) {
    }
}
