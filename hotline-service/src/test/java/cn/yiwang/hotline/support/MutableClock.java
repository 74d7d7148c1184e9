package cn.yiwang.hotline.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the integration tests move, so deadlines, overdue sweeps and windows can be tested. */
public final class MutableClock extends Clock {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private volatile Instant now = Instant.now();

    public void set(Instant instant) {
        now = instant;
    }

    public void setBeijing(String localDateTime) {
        now = beijing(localDateTime);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
