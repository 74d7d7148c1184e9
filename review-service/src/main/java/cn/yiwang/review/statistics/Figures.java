package cn.yiwang.review.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one dimension value in one period, as the 好差评 reports show them: counts, the
 * satisfaction distribution and the rates. A rate is {@code null} when its denominator is zero
 * ("no negatives to rectify" is not "0 % rectified").
 *
 * <p>"三个100%" are the three rates the rules require to be 100 % for real-name negative
 * evaluations (国办发〔2019〕51号, DOMAIN.md §4): verified, rectified and answered, visited back.
 */
public record Figures(String dimension, String key, String period, Map<String, Long> counts,
                      Map<String, Long> distribution, BigDecimal evaluationRate, BigDecimal goodRate,
                      BigDecimal rectificationRate, BigDecimal returnVisitRate, BigDecimal onTimeRectificationRate,
                      ThreeHundredPercent threeHundredPercent) {

    public record ThreeHundredPercent(BigDecimal verificationRate, BigDecimal rectificationRate,
                                      BigDecimal returnVisitRate) {
    }

    public static Figures of(Dimension dimension, String key, String period, Map<String, Long> counters) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String metric : new String[]{Metric.CONCLUDED, Metric.RATED, Metric.GOOD, Metric.NEGATIVE,
                Metric.NEGATIVE_REAL_NAME, Metric.WORK_ORDERS, Metric.VERIFIED, Metric.RECTIFIED,
                Metric.RECTIFIED_ON_TIME, Metric.VERIFIED_REAL_NAME, Metric.RECTIFIED_REAL_NAME, Metric.RETURN_VISITED}) {
            counts.put(metric, counters.getOrDefault(metric, 0L));
        }
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (String level : new String[]{"VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED",
                "VERY_DISSATISFIED"}) {
            distribution.put(level, counters.getOrDefault(Metric.LEVEL_PREFIX + level, 0L));
        }
        long negativeRealName = counts.get(Metric.NEGATIVE_REAL_NAME);
        return new Figures(dimension.name(), key, period, counts, distribution,
                rate(counts.get(Metric.RATED), counts.get(Metric.CONCLUDED)),
                rate(counts.get(Metric.GOOD), counts.get(Metric.RATED)),
                rate(counts.get(Metric.RECTIFIED), counts.get(Metric.WORK_ORDERS)),
                rate(counts.get(Metric.RETURN_VISITED), negativeRealName),
                rate(counts.get(Metric.RECTIFIED_ON_TIME), counts.get(Metric.RECTIFIED)),
                new ThreeHundredPercent(rate(counts.get(Metric.VERIFIED_REAL_NAME), negativeRealName),
                        rate(counts.get(Metric.RECTIFIED_REAL_NAME), negativeRealName),
                        rate(counts.get(Metric.RETURN_VISITED), negativeRealName)));
    }

    /** A percentage with one decimal, e.g. 97.5. */
    static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
