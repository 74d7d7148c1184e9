package cn.yiwang.review.statistics;

/**
 * The counters kept per dimension and period; the rates of the 好差评 reports are ratios of them
 * (see {@link Figures}).
 */
public final class Metric {

    public static final String CONCLUDED = "concluded";
    public static final String RATED = "rated";
    public static final String GOOD = "good";
    public static final String NEGATIVE = "negative";
    public static final String LEVEL_PREFIX = "level.";
    public static final String WORK_ORDERS = "work-orders";
    public static final String VERIFIED = "verified";
    public static final String RECTIFIED = "rectified";
    public static final String RECTIFIED_ON_TIME = "rectified-on-time";
    public static final String NEGATIVE_REAL_NAME = "negative.real-name";
    public static final String VERIFIED_REAL_NAME = "verified.real-name";
    public static final String RECTIFIED_REAL_NAME = "rectified.real-name";
    public static final String RETURN_VISITED = "return-visited";

    /**
     * Coverage (三个全覆盖, 国办发〔2019〕51号: every item, every evaluated body, every channel), kept
     * per region: how many distinct items, organisations and channels of the region were served in
     * the period, and how many of them were rated at least once.
     */
    public static final String COVERAGE_PREFIX = "coverage.";
    public static final String ITEMS_SERVED = "coverage.items.served";
    public static final String ITEMS_RATED = "coverage.items.rated";
    public static final String ORGANISATIONS_SERVED = "coverage.organisations.served";
    public static final String ORGANISATIONS_RATED = "coverage.organisations.rated";
    public static final String CHANNELS_SERVED = "coverage.channels.served";
    public static final String CHANNELS_RATED = "coverage.channels.rated";

    private Metric() {
    }
}
