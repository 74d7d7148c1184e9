package cn.yiwang.cases.casefile.domain;

/** The decision: 准予 or 不予 (Administrative Licensing Law §38). */
public enum Outcome {
    APPROVED, DENIED
}
