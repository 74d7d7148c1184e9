package cn.yiwang.certificate.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Named example people, organisations and certificates used across the tests. */
public final class Examples {

    /** The Mei County education bureau (demo code, valid GB 32100 check character). */
    public static final String MEI_EDUCATION_BUREAU = "11610326MB1234567A";
    /** Another issuing body, which must not manage the education bureau's certificates. */
    public static final String MEI_CIVIL_AFFAIRS = "11610326MB76543217";
    /** Baoji market regulation: rotates its seal key in the tests, so no other test relies on its algorithm. */
    public static final String BAOJI_MARKET_REGULATION = "11610300MB00000124";
    /** A bank that asks holders for their certificates. */
    public static final String XIAN_BANK = "91610326MA6XABCD1R";

    public static final String ZHANG_SAN = "610326199001011233";
    public static final String LI_SI = "610326198506120027";
    public static final String WANG_WU = "61010419781120301X";

    public static final String DEGREE = "111000000000000052001";
    public static final String BUSINESS_LICENCE = "11100000000000001M001";
    public static final String ID_CARD = "11100000000000003U002";

    private Examples() {
    }

    /** An issue request for a master's degree of the given citizen. */
    public static Map<String, Object> degreeFor(String idNumber, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("typeCode", DEGREE);
        body.put("holder", Map.of("idType", "111", "idNumber", idNumber, "name", name));
        body.put("metadata", Map.of("name", name, "degree", "硕士", "discipline", "工学",
                "institution", "西北农林科技大学", "awardedOn", "2016-06-30"));
        return body;
    }
}
