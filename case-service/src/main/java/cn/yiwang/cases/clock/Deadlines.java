package cn.yiwang.cases.clock;

import java.time.Instant;

/**
 * Where a case's limits end, as stored beside the case so that queues and the overdue scan can
 * filter in SQL. All three are {@code null} while a special procedure stops the clock.
 *
 * @param legalDue    end of the legal limit (法定时限), extension included, exclusive
 * @param promisedDue end of the promised limit (承诺时限), extension included, exclusive
 * @param warningAt   when the light turns yellow (measured on the promised limit)
 */
public record Deadlines(Instant legalDue, Instant promisedDue, Instant warningAt) {

    public static final Deadlines STOPPED = new Deadlines(null, null, null);

    public boolean stopped() {
        return promisedDue == null;
    }

    public DeadlineColour colourAt(Instant at) {
        if (promisedDue != null && !at.isBefore(promisedDue)) {
            return DeadlineColour.RED;
        }
        if (warningAt != null && !at.isBefore(warningAt)) {
            return DeadlineColour.YELLOW;
        }
        return DeadlineColour.GREEN;
    }
}
