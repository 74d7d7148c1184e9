package cn.yiwang.cases.casefile.domain;

import cn.yiwang.common.calendar.Pause;

import java.time.Instant;

/**
 * A special procedure as GB/T 39046 records it (type, start, end, reason, result); while it runs
 * the clock is stopped.
 */
public record SpecialProcedure(ProcedureType type, String reason, Instant start, Instant end, String result) {

    public boolean running() {
        return end == null;
    }

    public Pause pause() {
        return new Pause(start, end);
    }

    SpecialProcedure ended(Instant at, String outcome) {
        return new SpecialProcedure(type, reason, start, at, outcome);
    }
}
