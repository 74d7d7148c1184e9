package cn.yiwang.hotline.ticket.domain;

/** The caller's answer at the return visit (回访). */
public enum Satisfaction {
    SATISFIED, DISSATISFIED, UNREACHABLE
}
