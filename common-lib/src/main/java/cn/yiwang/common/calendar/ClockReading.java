package cn.yiwang.common.calendar;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of a time limit at one instant.
 *
 * @param limit     the limit being read
 * @param due       the deadline (exclusive), or {@code null} while an open pause stops the clock
 * @param used      units used so far (working days, natural days or whole hours); the current day
 *                  counts as used once it has begun
 * @param remaining {@code limit.amount() - used}; negative when overdue
 * @param paused    whether a pause is running at this instant
 * @param overdue   whether the deadline has passed
 */
public record ClockReading(TimeLimit limit, Instant due, long used, long remaining, boolean paused, boolean overdue) {

    public Optional<Instant> dueAt() {
        return Optional.ofNullable(due);
    }
}
