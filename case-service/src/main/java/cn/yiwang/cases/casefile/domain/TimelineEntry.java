package cn.yiwang.cases.casefile.domain;

import java.time.Instant;

/**
 * One step of the case's timeline, as the applicant and staff read it (GB/T 39046 process data
 * set: action, step, time).
 *
 * @param step  what happened, e.g. {@code accepted}
 * @param actor who did it (subject of the token; {@code system} for scheduled steps)
 * @param note  the reason or result stated with it, or {@code null}
 */
public record TimelineEntry(Instant at, String step, String actor, String note) {
}
