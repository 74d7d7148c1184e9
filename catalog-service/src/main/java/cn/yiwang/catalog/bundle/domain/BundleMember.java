package cn.yiwang.catalog.bundle.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A member of a bundle, by implementation code; its position in the bundle is the list index. */
@Table("bundle_item")
public record BundleMember(String itemCode) {
}
