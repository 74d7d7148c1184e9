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
 * Coverage (三个全覆盖: every item, every evaluated organisation, every channel) is shown for a
 * region: of the items, organisations and channels served in the period, how many were rated.
 */
public record Figures(String dimension, String key, String period, Map<String, Long> counts,
                      Map<String, Long> distribution, BigDecimal evaluationRate, BigDecimal goodRate,
                      BigDecimal rectificationRate, BigDecimal returnVisitRate, BigDecimal onTimeRectificationRate,
                      ThreeHundredPercent threeHundredPercent, Coverage coverage) {

    /** Coverage of a region in a period; {@code null} for the other dimensions. */
    public record Coverage(Share items, Share organisations, Share channels) {
    }

    /** How many were served, how many of them rated, and the rate. */
    public record Share(long served, long rated, BigDecimal rate) {

        static Share of(Map<String, Long> counters, String served, String rated) {
            long servedCount = counters.getOrDefault(served, 0L);
            long ratedCount = counters.getOrDefault(rated, 0L);
            return new Share(servedCount, ratedCount, Figures.rate(ratedCount, servedCount));
        }
    }

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
                        rate(counts.get(Metric.RETURN_VISITED), negativeRealName)),
                dimension == Dimension.REGION ? new Coverage(
                        Share.of(counters, Metric.ITEMS_SERVED, Metric.ITEMS_RATED),
                        Share.of(counters, Metric.ORGANISATIONS_SERVED, Metric.ORGANISATIONS_RATED),
                        Share.of(counters, Metric.CHANNELS_SERVED, Metric.CHANNELS_RATED)) : null);
    }

    /** A percentage with one decimal, e.g. 97.5. */
    static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
