package cn.yiwang.review.evaluation.domain;

import cn.yiwang.review.support.Problems;

import java.util.List;
import java.util.Set;

/**
 * The indicator codes an evaluator may tick (GB/T 39735-2020 leaves the list to each
 * platform): configuration, not code, so a province can ship its own list.
 */
public record IndicatorList(Set<String> codes) {

    public IndicatorList {
        codes = Set.copyOf(codes);
    }

    public void requireKnown(List<String> chosen) {
        for (String code : chosen) {
            if (!codes.contains(code)) {
                throw Problems.rule("indicators", "unknown-indicator", code);
            }
        }
    }
}
