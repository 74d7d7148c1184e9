package cn.yiwang.hotline.ticket.domain;

/**
 * Who does something to a ticket: the person (token subject) and, for departments and the centre,
 * the organisation's unified social credit code.
 */
public record By(String subject, String orgCode) {

    /** The overdue sweep (督办 for being overdue, not by a person's order). */
    public static final By SUPERVISION_SWEEP = person("supervision-sweep");

    public static By person(String subject) {
        return new By(subject, null);
    }
}
