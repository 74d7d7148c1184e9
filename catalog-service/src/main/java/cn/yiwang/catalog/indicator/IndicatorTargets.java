package cn.yiwang.catalog.indicator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code yiwang.catalog.indicators.targets.*}: the shares the seeds set (Mei County: fully online
 * ≥ 70 %, at most one visit ≥ 95 %, immediate ≥ 50 %, average time reduction ≥ 70 %). Local targets,
 * so configuration, not code.
 */
@ConfigurationProperties("yiwang.catalog.indicators.targets")
public record IndicatorTargets(double fullyOnline, double atMostOneVisit, double immediate, double timeReduction) {
}
