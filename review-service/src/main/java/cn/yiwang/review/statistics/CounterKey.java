package cn.yiwang.review.statistics;

/** One counter: a metric for one dimension value in one period (a day or a month). */
public record CounterKey(Dimension dimension, String key, String period, String metric) implements Comparable<CounterKey> {

    /** A fixed order, so concurrent transactions lock counter rows in the same order and never deadlock. */
    @Override
    public int compareTo(CounterKey other) {
        int result = dimension.compareTo(other.dimension);
        if (result == 0) {
            result = key.compareTo(other.key);
        }
        if (result == 0) {
            result = period.compareTo(other.period);
        }
        return result == 0 ? metric.compareTo(other.metric) : result;
    }
}
