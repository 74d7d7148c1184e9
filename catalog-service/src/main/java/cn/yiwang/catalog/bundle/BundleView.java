package cn.yiwang.catalog.bundle;

import cn.yiwang.catalog.bundle.domain.Bundle;
import cn.yiwang.catalog.bundle.domain.BundleStatus;

import java.util.List;
import java.util.UUID;

/** A bundle's definition as its maintainers see it. */
public record BundleView(UUID id, String name, String regionCode, String leadDepartment, String description,
                         List<String> itemCodes, BundleStatus status, Integer publishedVersion,
                         boolean publicationWithdrawn, long version) {

    static BundleView of(Bundle bundle) {
        return new BundleView(bundle.id(), bundle.name(), bundle.regionCode(), bundle.leadDepartment(),
                bundle.description(), bundle.itemCodes(), bundle.status(), bundle.publishedVersion(), bundle.publicationWithdrawn(), bundle.version());
    }
}
