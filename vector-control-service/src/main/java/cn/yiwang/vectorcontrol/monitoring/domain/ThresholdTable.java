package cn.yiwang.vectorcontrol.monitoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A versioned set of control-level thresholds (DOMAIN.md appendix). It is data, not code: a
 * revised standard (GB/T 27772 was revised in 2025) ships as a new version beside the old one,
 * and every result names the version that graded it.
 */
public record ThresholdTable(String version, String source, List<Indicator> indicators) {

    public ThresholdTable {
        Objects.requireNonNull(version, "version");
        indicators = List.copyOf(indicators);
    }

    public List<Indicator> indicatorsOf(Species species) {
        List<Indicator> result = new ArrayList<>();
        for (Indicator indicator : indicators) {
            if (indicator.species() == species) {
                result.add(indicator);
            }
        }
        return result;
    }
}
