package cn.yiwang.catalog.search;

/**
 * What a public search asks for; every filter is optional.
 *
 * @param region         a region code: items of the region and its subtree, plus items of the
 *                       regions above it whose cross-region scope (通办范围) reaches down to it
 * @param keyword        a Chinese substring of the name, or the pinyin initials' prefix ("yyzz")
 * @param online         only fully online items (全程网办)
 * @param atMostOneVisit only items with at most one visit (最多跑一次)
 * @param crossRegion    only items with a cross-region scope (跨域通办)
 * @param highFrequency  only high-frequency items (高频事项)
 * @param sort           {@code code}, {@code name} or {@code publishedAt}, optionally {@code ,desc}
 */
public record SearchCriteria(String region, String department, String type, String theme, String keyword,
                             Boolean online, Boolean atMostOneVisit, Boolean immediate, Boolean crossRegion,
                             Boolean highFrequency, int page, int size, String sort) {
}
