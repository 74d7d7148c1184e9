package cn.yiwang.catalog.codes;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Units of legal and promised time limits; the Administrative Licensing Law counts working days. */
public enum LimitUnit implements StandardCode {
    WORKING_DAY("1", "工作日"),
    NATURAL_DAY("2", "自然日");

    private final String code;
    private final String label;

    LimitUnit(String code, String label) {
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
    public static LimitUnit fromJson(String value) {
        return StandardCode.fromNameOrCode(LimitUnit.class, value);
    }
}
