package cn.yiwang.cases.bundle.domain;

/** Where a bundle application stands as a whole. */
public enum BundleCaseStatus {
    /** 办理中: at least one child case is still open. */
    IN_PROGRESS,
    /** 已办结: every child case has ended; the result sums them up. Final. */
    CONCLUDED,
    /** 已撤回 by the applicant; the children still open were withdrawn with it. Final. */
    WITHDRAWN
}
