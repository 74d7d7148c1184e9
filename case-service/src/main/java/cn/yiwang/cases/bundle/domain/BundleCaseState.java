package cn.yiwang.cases.bundle.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything a bundle application is, as a value: what the store keeps. Only {@link BundleCase}
 * changes it.
 *
 * @param formEncrypted the one form, as JSON, encrypted (it holds personal data)
 * @param promise       the bundle's promised limit from submission, or {@code null} when the bundle promises none
 *                      (or its end falls in a year the working-day calendar does not have yet)
 * @param version       optimistic-lock version of the stored row; 0 before the first save
 */
public record BundleCaseState(UUID id, String number, UUID bundleId, String bundleName, int bundleVersion,
                              String leadDepartment, String bundleRegionCode, String applicantType,
                              String applicantName, String applicantIdHash, String formEncrypted, String channel,
                              String acceptingRegionCode, String acceptingOrgCode, BundleCaseStatus status,
                              Instant submittedAt, Instant closedAt, String closeReason, BundleResult result,
                              List<ChildCase> children, BundlePromise promise, long version) {

    public BundleCaseState {
        children = List.copyOf(children);
    }
}
