package cn.yiwang.catalog.codes;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Where else an item can be applied for (通办范围). */
public enum CrossRegionScope implements StandardCode {
    NONE("0", "不通办"),
    CROSS_COUNTY("1", "市内跨县通办"),
    CROSS_CITY("2", "省内跨市通办"),
    CROSS_PROVINCE("3", "跨省通办"),
    NATIONAL("4", "全国通办");

    private final String code;
    private final String label;

    CrossRegionScope(String code, String label) {
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

    /** Reads the constant's name or the standard's code; anything else is a malformed request. */
    @JsonCreator
    public static CrossRegionScope fromJson(String value) {
        return StandardCode.fromNameOrCode(CrossRegionScope.class, value);
    }
}
