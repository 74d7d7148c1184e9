package cn.yiwang.review.evaluation.domain;

/** 首评 and 追评: a first evaluation and at most one follow-up per service event (DOMAIN.md §4). */
public enum EvaluationKind {
    FIRST,
    FOLLOW_UP
}
