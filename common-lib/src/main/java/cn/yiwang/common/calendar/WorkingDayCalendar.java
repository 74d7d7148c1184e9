package cn.yiwang.common.calendar;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which days are working days on the official calendar (weekends and public holidays off, make-up
 * working days on), and date arithmetic in working days.
 *
 * <p>Deadline convention: a limit that ends on a day ends at the <em>start of the next day</em>,
 * 00:00 Asia/Shanghai, exclusive. A case is late when {@code !now.isBefore(deadline)}. This avoids
 * the "23:59:59.999…" question and survives any timestamp precision.
 */
public final class WorkingDayCalendar {

    /** Official time limits are counted on Beijing time, wherever the server runs. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Map<Integer, CalendarYear> years;

    public WorkingDayCalendar(Map<Integer, CalendarYear> years) {
        this.years = Map.copyOf(years);
    }

    /** The calendar shipped with common-lib (2025 and 2026). */
    public static WorkingDayCalendar shipped() {
        return new WorkingDayCalendar(CalendarData.shipped());
    }

    /**
     * The shipped calendar with the years found at {@code location} (a file or a directory of
     * {@code *.txt} files) merged over it: a year defined there replaces the shipped one whole.
     */
    public static WorkingDayCalendar shippedWith(Path location) {
        Map<Integer, CalendarYear> merged = new TreeMap<>(CalendarData.shipped());
        merged.putAll(CalendarData.load(location));
        return new WorkingDayCalendar(merged);
    }

    /** The years this calendar has data for. */
    public SortedSet<Integer> years() {
        return new TreeSet<>(years.keySet());
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return year(day.getYear()).isWorkingDay(day);
    }

    /**
     * The {@code n}-th working day after {@code start}. The start day itself never counts: time
     * limits run from the day after acceptance (Administrative Licensing Law §42, §82: limits in
     * working days, public holidays excluded). {@code n = 0} returns {@code start}.
     *
     * @throws MissingCalendarYearException when the count runs into a year without data
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("a time limit cannot be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}, the inverse of
     * {@link #addWorkingDays}: {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     * Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** As {@link #workingDaysBetween(LocalDate, LocalDate)} on the Beijing dates of two instants. */
    public int workingDaysBetween(Instant from, Instant to) {
        return workingDaysBetween(dateOf(from), dateOf(to));
    }

    /** The deadline instant of a limit that ends on {@code dueDay}: 00:00 of the next day, exclusive. */
    public static Instant endOf(LocalDate dueDay) {
        return dueDay.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The Beijing calendar date of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** Deadline of {@code n} working days after the day of {@code start}. */
    public Instant deadline(Instant start, int workingDays) {
        return endOf(addWorkingDays(dateOf(start), workingDays));
    }

    private CalendarYear year(int year) {
        CalendarYear data = years.get(year);
        if (data == null) {
            throw new MissingCalendarYearException(year, years());
        }
        return data;
    }
}
