package cn.yiwang.catalog.search;

import java.util.List;

/**
 * A page of hits with the number of hits over all pages: exact up to {@link ItemSearch#COUNT_LIMIT};
 * above it {@code total} is that limit and {@code totalExact} false (show "1000+").
 */
public record SearchPage(List<ItemSummary> items, int page, int size, long total, boolean totalExact) {
}
