package cn.yiwang.common.calendar;

import java.util.Collection;
import java.util.List;

/**
 * A date falls in a year for which no official calendar is loaded. The platform never guesses
 * (weekends only would silently move deadlines past holidays): an operator must add the year's
 * data, which the State Council publishes each November.
 */
public class MissingCalendarYearException extends IllegalStateException {

    private final int year;

    public MissingCalendarYearException(int year, Collection<Integer> knownYears) {
        super("No official working-day calendar for the year " + year + " (loaded years: "
                + List.copyOf(knownYears) + "). Add a file for " + year
                + " in the directory named by yiwang.calendar.location (see yiwang/calendar/README.md).");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
