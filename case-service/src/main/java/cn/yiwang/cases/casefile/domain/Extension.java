package cn.yiwang.cases.casefile.domain;

import java.time.Instant;

/** The one extension of the decision limit (Administrative Licensing Law §42). */
public record Extension(int workingDays, String reason, String approvedBy, Instant at) {
}
