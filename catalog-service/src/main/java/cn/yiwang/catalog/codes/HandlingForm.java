package cn.yiwang.catalog.codes;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How an application can be made (办理形式), GB/T 39046 A.5. */
public enum HandlingForm implements StandardCode {
    WINDOW("1", "窗口办理"),
    PC_ONLINE("2", "网上办理"),
    MOBILE_ONLINE("3", "掌上办理"),
    POST("4", "快递申请");

    private final String code;
    private final String label;

    HandlingForm(String code, String label) {
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
    public static HandlingForm fromJson(String value) {
        return StandardCode.fromNameOrCode(HandlingForm.class, value);
    }
}
