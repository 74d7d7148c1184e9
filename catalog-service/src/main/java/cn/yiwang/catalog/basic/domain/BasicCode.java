package cn.yiwang.catalog.basic.domain;

import cn.yiwang.catalog.codes.ItemType;

import java.util.regex.Pattern;

/**
 * The basic code layout (DOMAIN.md §2, inferred from real codes): 2-digit region of the rule
 * maker + 2-digit item type + 5-digit main item + 3-digit sub item, 12 digits in all.
 */
public final class BasicCode {

    public static final int LENGTH = 12;
    private static final Pattern FORMAT = Pattern.compile("\\d{12}");

    private BasicCode() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    /** The type segment (positions 3–4) must repeat the item's type, or the code lies about the item. */
    public static boolean matchesType(String code, ItemType type) {
        return isWellFormed(code) && code.substring(2, 4).equals(type.code());
    }
}
