package cn.yiwang.catalog.search;

import java.time.Instant;

/** One search hit: enough to list the item; the full guide is at {@code /public/items/{code}}. */
public record ItemSummary(String code, String name, String type, String regionCode, String department,
                          String implementingBody, int version, String onlineDepth, boolean fullyOnline,
                          boolean atMostOneVisit, boolean immediate, String crossRegionScope, boolean highFrequency,
                          Integer legalLimitDays, Integer promisedLimitDays, Instant publishedAt) {
}
