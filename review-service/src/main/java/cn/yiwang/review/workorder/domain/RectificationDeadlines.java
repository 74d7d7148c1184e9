package cn.yiwang.review.workorder.domain;

import cn.yiwang.common.calendar.TimeLimit;
import cn.yiwang.common.calendar.TimeLimitClock;

import java.time.Instant;
import java.util.Objects;

/**
 * The deadlines of a rectification work order, in working days on the official calendar
 * (DOMAIN.md §3): the evaluator is contacted (回访, to verify) within {@code returnVisitDays} of
 * the rating and again within {@code returnVisitDays} of the reply; rectification and feedback
 * are due within {@code rectificationDays}. Defaults 1 and 15 (国办发〔2019〕51号 practice) are
 * configuration, not constants.
 */
public record RectificationDeadlines(TimeLimitClock clock, int returnVisitDays, int rectificationDays) {

    public RectificationDeadlines {
        Objects.requireNonNull(clock, "clock");
    }

    public Instant verificationDue(Instant openedAt) {
        return clock.dueAt(openedAt, TimeLimit.workingDays(returnVisitDays));
    }

    public Instant rectificationDue(Instant openedAt) {
        return clock.dueAt(openedAt, TimeLimit.workingDays(rectificationDays));
    }

    public Instant returnVisitDue(Instant repliedAt) {
        return clock.dueAt(repliedAt, TimeLimit.workingDays(returnVisitDays));
    }
}
