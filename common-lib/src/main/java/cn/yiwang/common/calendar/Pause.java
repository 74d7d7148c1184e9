package cn.yiwang.common.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * A stop of the clock for a special procedure (特别程序: hearing, inspection, testing, expert
 * review…), whose time does not count toward the limit (Administrative Licensing Law §45).
 *
 * @param start when the procedure began
 * @param end   when it ended, exclusive; {@code null} while it is still running
 */
public record Pause(Instant start, Instant end) {

    public Pause {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("a pause cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public static Pause open(Instant start) {
        return new Pause(start, null);
    }

    public boolean isOpen() {
        return end == null;
    }

    /** Whether the clock was stopped at any moment in [from, to). */
    boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && (end == null || end.isAfter(from));
    }
}
