package cn.yiwang.catalog.codes;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Whether an item is delegated to town or village service points (就近办). */
public enum NearbyDelegation implements StandardCode {
    NONE("0", "不下沉"),
    TOWN("1", "镇（街道）便民服务中心可办"),
    VILLAGE("2", "村（社区）便民服务站可办");

    private final String code;
    private final String label;

    NearbyDelegation(String code, String label) {
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
    public static NearbyDelegation fromJson(String value) {
        return StandardCode.fromNameOrCode(NearbyDelegation.class, value);
    }
}
