package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.vectorcontrol.monitoring.domain.Measure;
import cn.yiwang.vectorcontrol.monitoring.domain.Method;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A record to add to a survey, as the CDC enters it. */
public record NewRecord(Method method, LocalDate observedOn, String location, Map<Measure, BigDecimal> measures) {
}
