package cn.yiwang.common.calendar;

import java.util.Objects;

/**
 * A time limit as service guides and laws state it: an amount and a unit (法定时限 / 承诺时限).
 *
 * @param amount how many units, zero or more (zero: due the same day, e.g. 即办件)
 * @param unit   working days, natural days or clock hours
 */
public record TimeLimit(int amount, Unit unit) {

    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("a time limit cannot be negative: " + amount);
        }
    }

    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(amount, Unit.WORKING_DAYS);
    }

    public static TimeLimit naturalDays(int amount) {
        return new TimeLimit(amount, Unit.NATURAL_DAYS);
    }

    public static TimeLimit hours(int amount) {
        return new TimeLimit(amount, Unit.HOURS);
    }

    public enum Unit {
        /** 工作日: working days on the official calendar, counted from the day after the start. */
        WORKING_DAYS,
        /** 自然日: calendar days, counted from the day after the start. */
        NATURAL_DAYS,
        /** 小时: clock hours from the start instant, around the clock (e.g. 12345 emergencies). */
        HOURS
    }
}
