package cn.yiwang.catalog.codes;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Levels at which an item is exercised (行使层级), GB/T 39046 A.2. */
public enum ServiceLevel implements StandardCode {
    NATIONAL("1", "国家级"),
    PROVINCE("2", "省级"),
    CITY("3", "市级"),
    COUNTY("4", "县级"),
    TOWN("5", "镇（乡、街道）级"),
    VILLAGE("6", "村（社区）级"),
    TIERED("7", "分级管理");

    private final String code;
    private final String label;

    ServiceLevel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The level a region's administrative rank implies (1 national … 6 village, as
     * {@code RegionCode.level()} counts them); tiered management fits any rank.
     */
    public boolean fitsRegionLevel(int regionLevel) {
        return this == TIERED || Integer.parseInt(code) == regionLevel;
    }

    /** Reads the constant's name or the standard's code; anything else is a malformed request. */
    @JsonCreator
    public static ServiceLevel fromJson(String value) {
        return StandardCode.fromNameOrCode(ServiceLevel.class, value);
    }
}
