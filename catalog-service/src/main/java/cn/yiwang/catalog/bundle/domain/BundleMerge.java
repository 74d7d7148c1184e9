package cn.yiwang.catalog.bundle.domain;

import cn.yiwang.catalog.guide.FormField;
import cn.yiwang.catalog.guide.Material;
import cn.yiwang.catalog.guide.ServiceGuide;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Merges the published guides of a bundle's items into one form and one set of materials. */
public final class BundleMerge {

    private BundleMerge() {
    }

    public static MergedBundle merge(UUID bundleId, String name, String regionCode, String leadDepartment,
                                     String description, int version, Instant publishedAt, List<ServiceGuide> items) {
        Map<String, MergedBundle.Field> fields = new LinkedHashMap<>();
        Map<String, MergedBundle.MergedMaterial> materials = new LinkedHashMap<>();
        List<MergedBundle.Member> members = new ArrayList<>();
        Integer promised = null;
        Integer visits = null;
        for (ServiceGuide item : items) {
            members.add(new MergedBundle.Member(item.code(), item.name(), item.department(), item.version()));
            for (FormField field : item.guide().formFields()) {
                fields.merge(field.key(), new MergedBundle.Field(field.key(), field.label(), field.type(),
                        field.required(), List.of(item.code())), BundleMerge::mergeField);
            }
            for (Material material : item.guide().materials()) {
                materials.merge(material.key(), new MergedBundle.MergedMaterial(material.key(), material.name(),
                        material.source(), material.certificateType(), material.originals(), material.copies(),
                        material.required(), material.commitmentAllowed(), material.acceptWithGapsAllowed(),
                        List.of(item.code())), BundleMerge::mergeMaterial);
            }
            if (item.guide().promisedLimit() != null && item.guide().promisedLimit().value() != null) {
                promised = promised == null ? item.guide().promisedLimit().value()
                        : Math.max(promised, item.guide().promisedLimit().value());
            }
            if (item.guide().visits() != null) {
                visits = visits == null ? item.guide().visits() : Math.max(visits, item.guide().visits());
            }
        }
        return new MergedBundle(bundleId, name, regionCode, leadDepartment, description, version, publishedAt,
                List.copyOf(members), List.copyOf(fields.values()), List.copyOf(materials.values()), promised, visits);
    }

    private static MergedBundle.Field mergeField(MergedBundle.Field first, MergedBundle.Field next) {
        return new MergedBundle.Field(first.key(), first.label(), first.type(), first.required() || next.required(),
                union(first.usedBy(), next.usedBy()));
    }

    private static MergedBundle.MergedMaterial mergeMaterial(MergedBundle.MergedMaterial first,
                                                             MergedBundle.MergedMaterial next) {
        return new MergedBundle.MergedMaterial(first.key(), first.name(), first.source(),
                first.certificateType() != null ? first.certificateType() : next.certificateType(),
                Math.max(first.originals(), next.originals()), Math.max(first.copies(), next.copies()),
                first.required() || next.required(), first.commitmentAllowed() && next.commitmentAllowed(),
                first.acceptWithGapsAllowed() && next.acceptWithGapsAllowed(), union(first.usedBy(), next.usedBy()));
    }

    private static List<String> union(List<String> first, List<String> next) {
        List<String> all = new ArrayList<>(first);
        next.stream().filter(code -> !all.contains(code)).forEach(all::add);
        return List.copyOf(all);
    }
}
