package cn.yiwang.catalog.demo;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The electronic certificate types (电子证照目录) the demo catalogue names — for materials that can
 * come from an e-certificate (免证办) and for items whose result is one — under the codes and names
 * certificate-service seeds (its migrations V3 and V7, issues #4/#7), so a certificate issued for one
 * demo item is the one another demo item's material asks for. One code per certificate throughout.
 */
final class DemoCertificates {

    /** A certificate type: its code in certificate-service and its name there (name_zh). */
    record Type(String code, String name) {
    }

    static final Type BUSINESS_LICENCE = new Type("11100000000000001M001", "营业执照");
    static final Type BIRTH_CERTIFICATE = new Type("11100000000000002Q001", "出生医学证明");
    static final Type HOUSEHOLD_REGISTER = new Type("11100000000000003U001", "居民户口簿");
    static final Type ID_CARD = new Type("11100000000000003U002", "居民身份证");
    static final Type DRIVING_LICENCE = new Type("11100000000000003U003", "机动车驾驶证");
    static final Type SOCIAL_SECURITY_CARD = new Type("11100000000000004Y001", "社会保障卡");
    static final Type MARRIAGE_CERTIFICATE = new Type("111000000000000065001", "结婚证");
    static final Type PROPERTY_TITLE = new Type("111000000000000078001", "不动产权证书");
    static final Type FOOD_BUSINESS_LICENCE = new Type("11100000000013338W032", "食品经营许可证");

    /**
     * Items (by name without a variant such as （延续）) whose result is a certificate. Left out on
     * purpose: results certificate-service has no type for (离婚证, 食品生产许可证, 教师资格证书, …) —
     * naming a type that means something else would issue the wrong certificate.
     */
    private static final Map<String, Type> RESULTS = Map.ofEntries(
            Map.entry("企业设立登记", BUSINESS_LICENCE),
            Map.entry("个体工商户设立登记", BUSINESS_LICENCE),
            Map.entry("企业变更登记", BUSINESS_LICENCE),
            Map.entry("食品经营许可", FOOD_BUSINESS_LICENCE),
            Map.entry("出生医学证明办理", BIRTH_CERTIFICATE),
            Map.entry("出生登记", HOUSEHOLD_REGISTER),
            Map.entry("户口迁移", HOUSEHOLD_REGISTER),
            Map.entry("居民身份证申领", ID_CARD),
            Map.entry("居民身份证换领", ID_CARD),
            Map.entry("居民身份证补领", ID_CARD),
            Map.entry("机动车驾驶证换证", DRIVING_LICENCE),
            Map.entry("社会保障卡申领", SOCIAL_SECURITY_CARD),
            Map.entry("结婚登记", MARRIAGE_CERTIFICATE),
            Map.entry("国有建设用地使用权首次登记", PROPERTY_TITLE),
            Map.entry("不动产转移登记", PROPERTY_TITLE),
            Map.entry("不动产权证书补发", PROPERTY_TITLE),
            Map.entry("宅基地使用权登记", PROPERTY_TITLE));

    /** The certificate an item of this name (variants included) results in, if it is one. */
    static Optional<Type> resultOf(String itemName) {
        return Optional.ofNullable(RESULTS.get(baseName(itemName)));
    }

    /** The names of the items that result in a certificate. */
    static Set<String> itemsWithCertificateResults() {
        return RESULTS.keySet();
    }

    /** The item's name without its variant: 食品经营许可（延续） → 食品经营许可. */
    static String baseName(String itemName) {
        return itemName.replaceAll("（.*）", "");
    }

    private DemoCertificates() {
    }
}
