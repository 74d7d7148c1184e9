package cn.yiwang.catalog.quality;

/** 抽检合格率: the share of a region's current published guides that pass every configured rule today. */
public record PassRate(String region, long checked, long passed, Double rate) {
}
