package cn.yiwang.common.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import static cn.yiwang.common.calendar.WorkingDayCalendar.ZONE;
import static cn.yiwang.common.calendar.WorkingDayCalendar.dateOf;
import static cn.yiwang.common.calendar.WorkingDayCalendar.endOf;

/**
 * Runs a {@link TimeLimit} from a start instant on the official calendar, stopped by
 * {@link Pause}s for special procedures.
 *
 * <p><b>How a pause counts.</b> For day limits, a day on which the clock was stopped at any moment
 * does not count toward the limit, however short the stop. Limits are stated and reported in whole
 * days (GB/T 39046 records special procedures by start and end), the law removes "the time the
 * procedure needs" from the limit (Administrative Licensing Law §45), and a day broken by a
 * hearing or an on-site inspection is not a day the authority can spend deciding — the same reason
 * the acceptance day itself does not count (§42, §82). Counting fractions would make deadlines
 * depend on minutes nobody records reliably. For hour limits the paused time is subtracted exactly.
 *
 * <p><b>Natural days</b> run through weekends and holidays, but a limit whose last day is not a
 * working day ends on the next working day (Civil Code §203: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日).
 */
public final class TimeLimitClock {

    private final WorkingDayCalendar calendar;

    public TimeLimitClock(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The deadline (exclusive), or {@code null} while an open pause stops the clock for good. */
    public Instant dueAt(Instant start, TimeLimit limit, List<Pause> pauses) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(limit, "limit");
        List<Pause> sorted = sorted(pauses);
        if (limit.unit() == TimeLimit.Unit.HOURS) {
            return hoursDue(start, limit.amount(), sorted);
        }
        LocalDate day = dateOf(start);
        int counted = 0;
        while (counted < limit.amount()) {
            day = day.plusDays(1);
            if (pausedForGood(day, sorted)) {
                return null;
            }
            if (counts(day, limit.unit(), sorted)) {
                counted++;
            }
        }
        if (limit.unit() == TimeLimit.Unit.NATURAL_DAYS) {
            while (!calendar.isWorkingDay(day)) {
                day = day.plusDays(1);
            }
        }
        return endOf(day);
    }

    /** The deadline without pauses. */
    public Instant dueAt(Instant start, TimeLimit limit) {
        return dueAt(start, limit, List.of());
    }

    /**
     * The limit as it stands at {@code at}. Only pauses that had begun by then are taken into
     * account for {@code used}; the deadline uses all of them.
     */
    public ClockReading read(Instant start, TimeLimit limit, List<Pause> pauses, Instant at) {
        Objects.requireNonNull(at, "at");
        List<Pause> sorted = sorted(pauses);
        List<Pause> known = sorted.stream().filter(pause -> !pause.start().isAfter(at)).toList();
        boolean paused = known.stream().anyMatch(pause -> pause.end() == null || pause.end().isAfter(at));
        Instant due = dueAt(start, limit, sorted);
        long used;
        if (limit.unit() == TimeLimit.Unit.HOURS) {
            Duration elapsed = at.isAfter(start) ? Duration.between(start, at).minus(pausedWithin(start, at, known)) : Duration.ZERO;
            used = elapsed.toHours();
        } else {
            used = 0;
            for (LocalDate day = dateOf(start).plusDays(1); !day.isAfter(dateOf(at)); day = day.plusDays(1)) {
                if (counts(day, limit.unit(), known)) {
                    used++;
                }
            }
        }
        boolean overdue = due != null && !at.isBefore(due);
        return new ClockReading(limit, due, used, limit.amount() - used, paused, overdue);
    }

    private boolean counts(LocalDate day, TimeLimit.Unit unit, List<Pause> pauses) {
        if (unit == TimeLimit.Unit.WORKING_DAYS && !calendar.isWorkingDay(day)) {
            return false;
        }
        Instant from = day.atStartOfDay(ZONE).toInstant();
        Instant to = endOf(day);
        return pauses.stream().noneMatch(pause -> pause.overlaps(from, to));
    }

    private static boolean pausedForGood(LocalDate day, List<Pause> pauses) {
        Instant to = endOf(day);
        return pauses.stream().anyMatch(pause -> pause.isOpen() && pause.start().isBefore(to));
    }

    private static Instant hoursDue(Instant start, int hours, List<Pause> pauses) {
        Instant due = start.plus(Duration.ofHours(hours));
        // Pauses are sorted by start: each one that begins before the (moving) deadline pushes it
        // back by the part of the pause that lies after the start and after earlier pauses.
        Instant coveredUntil = start;
        for (Pause pause : pauses) {
            if (!pause.start().isBefore(due)) {
                break;
            }
            if (pause.isOpen()) {
                return null;
            }
            Instant from = max(pause.start(), coveredUntil);
            if (pause.end().isAfter(from)) {
                due = due.plus(Duration.between(from, pause.end()));
                coveredUntil = pause.end();
            }
        }
        return due;
    }

    private static Duration pausedWithin(Instant from, Instant to, List<Pause> pauses) {
        Duration total = Duration.ZERO;
        Instant coveredUntil = from;
        for (Pause pause : pauses) {
            Instant begin = max(pause.start(), coveredUntil);
            Instant end = pause.end() == null || pause.end().isAfter(to) ? to : pause.end();
            if (end.isAfter(begin)) {
                total = total.plus(Duration.between(begin, end));
                coveredUntil = end;
            }
        }
        return total;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static List<Pause> sorted(List<Pause> pauses) {
        List<Pause> copy = new ArrayList<>(pauses == null ? List.of() : pauses);
        copy.sort(Comparator.comparing(Pause::start));
        return copy;
    }
}
