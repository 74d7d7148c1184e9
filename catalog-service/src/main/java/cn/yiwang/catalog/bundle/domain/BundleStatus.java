package cn.yiwang.catalog.bundle.domain;

/**
 * DRAFT: never published, or revised since the last publication (the current version, if any,
 * stays public until the next one); PUBLISHED: the definition is what the public sees; WITHDRAWN:
 * taken off the catalog, history kept.
 */
public enum BundleStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
