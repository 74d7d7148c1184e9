package cn.yiwang.review.appeal.domain;

/** Why staff contest a rating (申诉, DOMAIN.md §4). */
public enum AppealReason {
    /** 误评: the rating is about something else (wrong service, wrong staff, pressed the wrong key). */
    MISTAKEN,
    /** 恶意评价: abusive or made to harm, not to rate the service. */
    MALICIOUS
}
