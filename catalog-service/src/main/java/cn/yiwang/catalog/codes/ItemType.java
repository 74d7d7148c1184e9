package cn.yiwang.catalog.codes;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Item types, GB/T 39046 A.1. */
public enum ItemType implements StandardCode {
    LICENSING("01", "行政许可"),
    PENALTY("02", "行政处罚"),
    ENFORCEMENT("03", "行政强制"),
    LEVY("04", "行政征收"),
    BENEFIT("05", "行政给付"),
    INSPECTION("06", "行政检查"),
    CONFIRMATION("07", "行政确认"),
    AWARD("08", "行政奖励"),
    RULING("09", "行政裁决"),
    OTHER_POWER("10", "其他行政权力"),
    PUBLIC_SERVICE("20", "公共服务");

    private final String code;
    private final String label;

    ItemType(String code, String label) {
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
    public static ItemType fromJson(String value) {
        return StandardCode.fromNameOrCode(ItemType.class, value);
    }
}
