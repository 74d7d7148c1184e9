package cn.yiwang.catalog.codes;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Online depth (网办深度): from information only (I) to fully online (IV, 全程网办), the scale the
 * provincial integrated platforms report on.
 */
public enum OnlineDepth implements StandardCode {
    I("1", "一级：网上咨询"),
    II("2", "二级：网上下载表格"),
    III("3", "三级：网上预审"),
    IV("4", "四级：全程网办");

    private final String code;
    private final String label;

    OnlineDepth(String code, String label) {
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

    public boolean isFullyOnline() {
        return this == IV;
    }

    /** Reads the constant's name or the standard's code; anything else is a malformed request. */
    @JsonCreator
    public static OnlineDepth fromJson(String value) {
        return StandardCode.fromNameOrCode(OnlineDepth.class, value);
    }
}
