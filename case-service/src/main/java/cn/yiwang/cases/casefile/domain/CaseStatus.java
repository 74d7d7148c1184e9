package cn.yiwang.cases.casefile.domain;

import java.util.Set;

/** Where a case stands (GB/T 39046 process states, named as the hall names them). */
public enum CaseStatus {
    /** 已提交: received, awaiting the acceptance decision. */
    SUBMITTED,
    /** 补齐补正: one notice listed everything missing; waiting for the applicant. */
    SUPPLEMENT_REQUESTED,
    /** 不予受理: refused at acceptance, with a reason. Final. */
    NOT_ACCEPTED,
    /** 已受理: the clock runs. */
    ACCEPTED,
    /** 审查中. */
    UNDER_REVIEW,
    /** 特别程序: hearing, inspection, testing…; the clock is stopped. */
    SPECIAL_PROCEDURE,
    /** 已办结: approved or denied. */
    CONCLUDED,
    /** 已送达. Final. */
    DELIVERED,
    /** 已撤回 by the applicant before conclusion. Final. */
    WITHDRAWN,
    /** 已终止: an accepted gap was not filled in time. Final. */
    TERMINATED,
    /**
     * 已撤销: the verification of a commitment found it false, so the decision is revoked or the
     * handling stopped (告知承诺制, 国办发〔2020〕42号). Final.
     */
    REVOKED;

    /** Statuses in which the legal clock runs (or is paused): the overdue scan looks at these. */
    public static final Set<CaseStatus> CLOCK_RUNNING = Set.of(ACCEPTED, UNDER_REVIEW, SPECIAL_PROCEDURE);

    public boolean isFinal() {
        return this == NOT_ACCEPTED || this == DELIVERED || this == WITHDRAWN || this == TERMINATED || this == REVOKED;
    }

    public boolean isBeforeConclusion() {
        return this == SUBMITTED || this == SUPPLEMENT_REQUESTED || CLOCK_RUNNING.contains(this);
    }
}
