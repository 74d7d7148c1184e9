package cn.yiwang.catalog.codes;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Who an item serves (服务对象), GB/T 39046 A.4. */
public enum ServiceObject implements StandardCode {
    NATURAL_PERSON("1", "自然人"),
    ENTERPRISE("2", "企业法人"),
    PUBLIC_INSTITUTION("3", "事业法人"),
    SOCIAL_ORGANISATION("4", "社会组织法人"),
    GOVERNMENT_BODY("5", "机关法人"),
    OTHER("6", "其他组织");

    private final String code;
    private final String label;

    ServiceObject(String code, String label) {
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
    public static ServiceObject fromJson(String value) {
        return StandardCode.fromNameOrCode(ServiceObject.class, value);
    }
}
