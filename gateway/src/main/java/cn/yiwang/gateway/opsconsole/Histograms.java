package cn.yiwang.gateway.opsconsole;

import java.util.Map;
import java.util.TreeMap;

/**
 * Quantiles from cumulative histogram buckets, interpolated linearly inside the bucket the way
 * Prometheus' {@code histogram_quantile} does, so the console's p99 matches the dashboards'.
 */
final class Histograms {

    private Histograms() {
    }

    /**
     * @param q       the quantile, 0–1
     * @param buckets upper bound → cumulative count (the {@code le} buckets, {@code +Inf} included)
     * @return seconds, or null when there were no observations
     */
    static Double quantile(double q, Map<Double, Double> buckets) {
        TreeMap<Double, Double> sorted = new TreeMap<>(buckets);
        if (sorted.isEmpty()) {
            return null;
        }
        double total = sorted.lastEntry().getValue();
        if (total <= 0) {
            return null;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : sorted.entrySet()) {
            double upperBound = bucket.getKey();
            double count = bucket.getValue();
            if (count >= rank) {
                if (Double.isInfinite(upperBound)) {
                    // Above the highest finite bound: Prometheus answers that bound.
                    return lowerBound;
                }
                double inBucket = count - lowerCount;
                return inBucket <= 0 ? upperBound : lowerBound + (upperBound - lowerBound) * (rank - lowerCount) / inBucket;
            }
            lowerBound = upperBound;
            lowerCount = count;
        }
        return lowerBound;
    }
}
