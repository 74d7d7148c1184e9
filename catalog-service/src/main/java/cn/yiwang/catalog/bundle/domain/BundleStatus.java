package cn.yiwang.catalog.bundle.domain;

public enum BundleStatus {
    DRAFT, PUBLISHED
}
