package cn.yiwang.catalog.codes;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Where a material comes from. A government-issued material names its electronic certificate
 * type, so the case service can fetch the certificate instead of asking for paper (免证办).
 */
public enum MaterialSource implements StandardCode {
    APPLICANT("1", "申请人自备"),
    GOVERNMENT_ISSUED("2", "政府部门核发"),
    INTERMEDIARY("3", "中介机构出具"),
    OTHER("9", "其他");

    private final String code;
    private final String label;

    MaterialSource(String code, String label) {
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
    public static MaterialSource fromJson(String value) {
        return StandardCode.fromNameOrCode(MaterialSource.class, value);
    }
}
