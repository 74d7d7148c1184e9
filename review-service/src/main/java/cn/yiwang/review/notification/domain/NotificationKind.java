package cn.yiwang.review.notification.domain;

/** What a notification is about; its text is {@code review.notification.<kind>} in the reader's language. */
public enum NotificationKind {
    /** To the person served: a service of theirs may now be rated. */
    INVITATION_OPENED,
    /** To the rated organisation: a negative rating opened a rectification work order. */
    WORK_ORDER_ASSIGNED,
    /** To the rated organisation: a step of its work order missed its deadline. */
    WORK_ORDER_OVERDUE,
    /** To the supervisors of the work order's region: an overdue order was escalated to them. */
    WORK_ORDER_ESCALATED,
    /** To the evaluator: the organisation answered their negative rating (答复). */
    REPLY_GIVEN,
    /** To the organisation that appealed: the supervisor upheld the appeal. */
    APPEAL_UPHELD,
    /** To the organisation that appealed: the supervisor rejected the appeal. */
    APPEAL_REJECTED
}
