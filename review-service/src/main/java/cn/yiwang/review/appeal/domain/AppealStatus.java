package cn.yiwang.review.appeal.domain;

public enum AppealStatus {
    PENDING,
    UPHELD,
    REJECTED
}
