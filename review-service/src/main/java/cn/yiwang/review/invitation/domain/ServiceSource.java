package cn.yiwang.review.invitation.domain;

/** What kind of service event an invitation stands for. */
public enum ServiceSource {
    /** A concluded case (办件), rated 一事一评 online. */
    CASE,
    /** A closed 12345 hotline ticket. */
    TICKET,
    /** A walk-in service at a hall window, rated 一次一评 on site by a short code. */
    WINDOW
}
