package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.vectorcontrol.monitoring.domain.ControlLevel;
import cn.yiwang.vectorcontrol.monitoring.domain.Species;

import java.time.LocalDate;
import java.util.UUID;

/** One species' level in one evaluated survey: a point of the levels-over-time dashboard. */
public record ControlLevelPoint(UUID surveyId, String regionCode, LocalDate periodStart, LocalDate periodEnd,
                                Species species, ControlLevel level, boolean complete, String tableVersion) {
}
