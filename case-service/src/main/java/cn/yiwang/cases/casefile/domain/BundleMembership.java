package cn.yiwang.cases.casefile.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The bundle application (一件事) a case was filed under: its parent case. Every event of a child
 * case names it, so consumers can treat the bundle as one service event (GB/T 39734 一事一评).
 */
public record BundleMembership(UUID bundleCaseId, String bundleCaseNumber) {

    public BundleMembership {
        Objects.requireNonNull(bundleCaseId, "bundleCaseId");
        Objects.requireNonNull(bundleCaseNumber, "bundleCaseNumber");
    }
}
