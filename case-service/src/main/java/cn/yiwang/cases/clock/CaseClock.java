package cn.yiwang.cases.clock;

import cn.yiwang.common.calendar.ClockReading;
import cn.yiwang.common.calendar.Pause;
import cn.yiwang.common.calendar.TimeLimit;
import cn.yiwang.common.calendar.TimeLimitClock;
import cn.yiwang.common.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A case's clock on common-lib's official calendar: never a hand-rolled one. Plain Java, so the
 * domain and its tests use it without Spring.
 */
public final class CaseClock {

    /**
     * Incomplete materials must be listed all at once within five days of receipt, otherwise the
     * application counts as accepted on the day it arrived (Administrative Licensing Law §32 (4));
     * days are working days (§82).
     */
    public static final int SUPPLEMENT_NOTICE_WORKING_DAYS = 5;

    private final TimeLimitClock clock;
    private final WorkingDayCalendar calendar;
    private final ColourPolicy colours;

    public CaseClock(TimeLimitClock clock, WorkingDayCalendar calendar, ColourPolicy colours) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.colours = Objects.requireNonNull(colours, "colours");
    }

    /** The shipped calendar with the default colour policy: for tests and tools. */
    public static CaseClock onShippedCalendar(ColourPolicy colours) {
        WorkingDayCalendar calendar = WorkingDayCalendar.shipped();
        return new CaseClock(new TimeLimitClock(calendar), calendar, colours);
    }

    public ColourPolicy colours() {
        return colours;
    }

    /**
     * The deadlines of a case accepted at {@code start}. The extension adds working days to both
     * limits: the promise made to the applicant moves with the legal limit it sits under.
     */
    public Deadlines deadlines(Instant start, TimeLimit legal, TimeLimit promised, int extensionDays, List<Pause> pauses) {
        TimeLimit legalLimit = extended(legal, extensionDays);
        TimeLimit promisedLimit = extended(promised, extensionDays);
        Instant legalDue = clock.dueAt(start, legalLimit, pauses);
        Instant promisedDue = clock.dueAt(start, promisedLimit, pauses);
        if (legalDue == null || promisedDue == null) {
            return Deadlines.STOPPED;
        }
        return new Deadlines(legalDue, promisedDue, warningAt(start, promisedLimit, pauses));
    }

    /** The promised limit as it stands at {@code at}: used, remaining, paused, overdue. */
    public ClockReading read(Instant start, TimeLimit limit, int extensionDays, List<Pause> pauses, Instant at) {
        return clock.read(start, extended(limit, extensionDays), pauses, at);
    }

    /** Whether a supplement notice sent at {@code at} for an application received at {@code receivedAt} is in time. */
    public boolean supplementNoticeInTime(Instant receivedAt, Instant at) {
        return at.isBefore(calendar.deadline(receivedAt, SUPPLEMENT_NOTICE_WORKING_DAYS));
    }

    /** Working days from {@code from} to {@code to}, e.g. handling time for the indicators. */
    public int workingDaysBetween(Instant from, Instant to) {
        return calendar.workingDaysBetween(from, to);
    }

    /**
     * The light turns yellow at the start of the first counted day with no more than the configured
     * share of the limit left (the current day counts as used once it has begun, as in
     * {@link ClockReading}).
     */
    private Instant warningAt(Instant start, TimeLimit limit, List<Pause> pauses) {
        int daysBeforeYellow = limit.amount() - colours.yellowWhenLeft(limit.amount());
        if (daysBeforeYellow <= 0) {
            return start;
        }
        if (limit.unit() == TimeLimit.Unit.HOURS) {
            return clock.dueAt(start, TimeLimit.hours(daysBeforeYellow), pauses);
        }
        // dueAt(n) ends the n-th counted day; that day is the first one with only the share left.
        Instant endOfFirstYellowDay = clock.dueAt(start, new TimeLimit(daysBeforeYellow, limit.unit()), pauses);
        if (endOfFirstYellowDay == null) {
            return null;
        }
        LocalDate firstYellowDay = WorkingDayCalendar.dateOf(endOfFirstYellowDay).minusDays(1);
        return firstYellowDay.atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
    }

    private static TimeLimit extended(TimeLimit limit, int extensionDays) {
        return extensionDays == 0 ? limit : new TimeLimit(limit.amount() + extensionDays, limit.unit());
    }
}
