package cn.yiwang.catalog.item.domain;

import java.util.regex.Pattern;

/**
 * The unified social credit code check of GB 32100-2015 (DOMAIN.md §6): 18 characters from
 * 0-9 and A-Z without I, O, S, V, Z; the last is a check character over the first 17 with the
 * weights 3^i mod 31. Kept here, package-private, only until common-lib's identifier validators
 * reach main; then this class gives way to them.
 */
final class CreditCodeCheck {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

    private CreditCodeCheck() {
    }

    static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    static boolean hasValidCheckCharacter(String code) {
        if (!isWellFormed(code)) {
            return false;
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check) == code.charAt(17);
    }
}
