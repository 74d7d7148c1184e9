package cn.yiwang.review.statistics;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much one service event adds to each counter. A change to a service event adds
 * {@code of(after) − of(before)}, so the counters always equal the sum of the contributions of the
 * current state of every service event — a recount — without ever recounting.
 *
 * <p>Everything is attributed to the service date (the day the case concluded or the ticket
 * closed), so the evaluation rate of a day is "rated / concluded" over the same services even
 * when the rating comes days later.
 */
public final class Contribution {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    /** Between the region and the item, organisation or channel in a coverage base key. */
    static final String SEPARATOR = "|";

    private Contribution() {
    }

    public static Map<CounterKey, Long> of(ServiceFacts facts) {
        Map<CounterKey, Long> counters = new HashMap<>();
        if (facts == null) {
            return counters;
        }
        List<String> metrics = new ArrayList<>();
        if (facts.rated()) {
            metrics.add(Metric.RATED);
            metrics.add(Metric.LEVEL_PREFIX + facts.level());
            metrics.add(facts.negative() ? Metric.NEGATIVE : Metric.GOOD);
            if (facts.negative() && facts.realName()) {
                metrics.add(Metric.NEGATIVE_REAL_NAME);
            }
            if (facts.workOrder()) {
                metrics.add(Metric.WORK_ORDERS);
                addIf(metrics, facts.verified(), Metric.VERIFIED);
                addIf(metrics, facts.rectified(), Metric.RECTIFIED);
                addIf(metrics, facts.rectified() && facts.onTime(), Metric.RECTIFIED_ON_TIME);
                addIf(metrics, facts.realName() && facts.verified(), Metric.VERIFIED_REAL_NAME);
                addIf(metrics, facts.realName() && facts.rectified(), Metric.RECTIFIED_REAL_NAME);
                addIf(metrics, facts.realName() && facts.returnVisited(), Metric.RETURN_VISITED);
            }
        }
        List<String> periods = List.of(facts.servedDate().toString(), facts.servedDate().format(MONTH));
        Map<Dimension, Set<String>> keys = keys(facts);
        keys.forEach((dimension, values) -> {
            for (String value : values) {
                for (String period : periods) {
                    counters.put(new CounterKey(dimension, value, period, Metric.CONCLUDED), 1L);
                    if (dimension.isCoverageBase()) {
                        // Coverage needs only "served" and "rated" per region × item, organisation, channel.
                        if (facts.rated()) {
                            counters.put(new CounterKey(dimension, value, period, Metric.RATED), 1L);
                        }
                        continue;
                    }
                    for (String metric : metrics) {
                        counters.put(new CounterKey(dimension, value, period, metric), 1L);
                    }
                }
            }
        });
        return counters;
    }

    /**
     * The coverage counters that {@code counters} imply: for each region and period, how many of
     * its items, organisations and channels have a positive "concluded" (served) and "rated" count.
     * The ledger keeps them incrementally (a key turning positive or back to zero); a recount
     * derives them here.
     */
    public static Map<CounterKey, Long> coverageOf(Map<CounterKey, Long> counters) {
        Map<CounterKey, Long> coverage = new HashMap<>();
        counters.forEach((key, value) -> {
            CounterKey target = coverageKey(key);
            if (target != null && value > 0) {
                coverage.merge(target, 1L, Long::sum);
            }
        });
        return coverage;
    }

    /** The region coverage counter a region × item/organisation/channel counter feeds, or {@code null}. */
    static CounterKey coverageKey(CounterKey base) {
        String what = switch (base.dimension()) {
            case REGION_ITEM -> "items";
            case REGION_ORGANISATION -> "organisations";
            case REGION_CHANNEL -> "channels";
            default -> null;
        };
        String measure = switch (base.metric()) {
            case Metric.CONCLUDED -> "served";
            case Metric.RATED -> "rated";
            default -> null;
        };
        if (what == null || measure == null) {
            return null;
        }
        String region = base.key().substring(0, base.key().indexOf(SEPARATOR));
        return new CounterKey(Dimension.REGION, region, base.period(), Metric.COVERAGE_PREFIX + what + "." + measure);
    }

    /** {@code after − before}, without zero entries. */
    public static Map<CounterKey, Long> delta(ServiceFacts before, ServiceFacts after) {
        Map<CounterKey, Long> delta = new HashMap<>(of(after));
        of(before).forEach((key, value) -> delta.merge(key, -value, Long::sum));
        delta.values().removeIf(value -> value == 0L);
        return delta;
    }

    private static Map<Dimension, Set<String>> keys(ServiceFacts facts) {
        Map<Dimension, Set<String>> keys = new HashMap<>();
        keys.put(Dimension.REGION, regionAndAbove(facts.regionCode()));
        if (facts.orgCode() != null) {
            keys.put(Dimension.ORGANISATION, Set.of(facts.orgCode()));
        }
        keys.put(Dimension.STAFF, new LinkedHashSet<>(facts.staffIds()));
        keys.put(Dimension.ITEM, new LinkedHashSet<>(facts.itemCodes()));
        keys.put(Dimension.CHANNEL, Set.of(facts.countedChannel()));
        Set<String> regionItems = new LinkedHashSet<>();
        Set<String> regionOrgs = new LinkedHashSet<>();
        Set<String> regionChannels = new LinkedHashSet<>();
        for (String region : keys.get(Dimension.REGION)) {
            facts.itemCodes().forEach(item -> regionItems.add(region + SEPARATOR + item));
            if (facts.orgCode() != null) {
                regionOrgs.add(region + SEPARATOR + facts.orgCode());
            }
            if (!InvitedChannel.UNMAPPED.equals(facts.countedChannel())) {
                regionChannels.add(region + SEPARATOR + facts.countedChannel());
            }
        }
        keys.put(Dimension.REGION_ITEM, regionItems);
        keys.put(Dimension.REGION_ORGANISATION, regionOrgs);
        keys.put(Dimension.REGION_CHANNEL, regionChannels);
        return keys;
    }

    /** 610326 → 610326, 610300, 610000 (GB/T 2260: province 2 + city 2 + county 2 digits). */
    static Set<String> regionAndAbove(String regionCode) {
        Set<String> regions = new LinkedHashSet<>();
        if (regionCode == null || regionCode.length() < 6) {
            return regions;
        }
        String county = regionCode.substring(0, 6);
        regions.add(regionCode);
        regions.add(county);
        regions.add(county.substring(0, 4) + "00");
        regions.add(county.substring(0, 2) + "0000");
        return regions;
    }

    private static void addIf(List<String> metrics, boolean condition, String metric) {
        if (condition) {
            metrics.add(metric);
        }
    }
}
