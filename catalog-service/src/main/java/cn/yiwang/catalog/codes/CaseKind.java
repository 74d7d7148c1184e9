package cn.yiwang.catalog.codes;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Immediate or promised case (办件类型), GB/T 39046 A.6. */
public enum CaseKind implements StandardCode {
    IMMEDIATE("1", "即办件"),
    PROMISED("2", "承诺件");

    private final String code;
    private final String label;

    CaseKind(String code, String label) {
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
    public static CaseKind fromJson(String value) {
        return StandardCode.fromNameOrCode(CaseKind.class, value);
    }
}
