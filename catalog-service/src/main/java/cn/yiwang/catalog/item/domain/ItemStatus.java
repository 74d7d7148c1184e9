package cn.yiwang.catalog.item.domain;

/** Where the working copy of an implementation item stands. */
public enum ItemStatus {
    /** Being edited by the implementing body (first time or under a change request). */
    DRAFT,
    /** Waiting for the region's approval office. */
    SUBMITTED,
    /** Approved, ready to publish. */
    APPROVED,
    /** The working copy is the current published version. */
    PUBLISHED,
    /** Taken off the public catalog; history kept. */
    WITHDRAWN
}
