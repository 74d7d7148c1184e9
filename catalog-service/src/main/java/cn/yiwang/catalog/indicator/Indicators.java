package cn.yiwang.catalog.indicator;

import java.util.List;

/**
 * The indicators of a region (and optionally one department), over its current published items.
 * Shares are between 0 and 1; {@code averageTimeReduction} is the mean of 1 − promised/legal over
 * items with a legal limit above zero; null where no item qualifies.
 */
public record Indicators(String region, String department, Figures overall, List<Figures> byDepartment,
                         IndicatorTargets targets) {

    public record Figures(String department, long items, Double fullyOnlineShare, Double atMostOneVisitShare,
                          Double immediateShare, Double averageTimeReduction, Targets met) {
    }

    /** Whether each figure meets its target. */
    public record Targets(boolean fullyOnline, boolean atMostOneVisit, boolean immediate, boolean timeReduction) {
    }
}
