package cn.yiwang.common.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One year of the State Council's holiday arrangement: the days off (holidays, including weekend
 * days inside a holiday) and the make-up working days (调休上班) that fall on a weekend. Every
 * other weekday is a working day, every other Saturday and Sunday a day off.
 */
public record CalendarYear(int year, Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkingDays) {

    public CalendarYear {
        daysOff = Set.copyOf(daysOff);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
        for (LocalDate day : daysOff) {
            requireInYear(year, day);
        }
        for (LocalDate day : makeUpWorkingDays) {
            requireInYear(year, day);
            if (daysOff.contains(day)) {
                throw new IllegalArgumentException(day + " is listed both as a day off and as a make-up working day");
            }
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        requireInYear(year, day);
        if (makeUpWorkingDays.contains(day)) {
            return true;
        }
        if (daysOff.contains(day)) {
            return false;
        }
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
    }

    /** Number of working days in the whole year (248 in 2025 and in 2026). */
    public int workingDays() {
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static void requireInYear(int year, LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.getYear() != year) {
            throw new IllegalArgumentException(day + " does not belong to the calendar year " + year);
        }
    }
}
