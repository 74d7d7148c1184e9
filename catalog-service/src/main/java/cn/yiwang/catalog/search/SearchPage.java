package cn.yiwang.catalog.search;

import java.util.List;

/** A page of hits with the total count over all pages. */
public record SearchPage(List<ItemSummary> items, int page, int size, long total) {
}
