package cn.yiwang.cases.bundle;

import java.util.List;
import java.util.UUID;

/**
 * One published version of a bundle (一件事), with only what an application needs: the member
 * items, the one form and the one set of materials, each field and material naming the items
 * that use it.
 */
public record PublishedBundle(UUID bundleId, String name, String regionCode, String leadDepartment, int version,
                              List<Member> items, List<Field> form, List<BundleMaterial> materials,
                              Integer promisedLimitDays) {

    public PublishedBundle {
        items = items == null ? List.of() : List.copyOf(items);
        form = form == null ? List.of() : List.copyOf(form);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    public record Member(String code, String name, String department, int version) {
    }

    public record Field(String key, String label, String type, boolean required, List<String> usedBy) {
    }

    public record BundleMaterial(String key, String name, String certificateType, boolean required,
                                 boolean commitmentAllowed, boolean gapAllowed, List<String> usedBy) {
    }
}
