package cn.yiwang.certificate.holder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Minimal checks of the two holder ID numbers. They move to common-lib
 * ({@code cn.yiwang.common.identifier.CitizenId} / {@code UnifiedCreditCode}) once that package is
 * on main; until then they stay package-private here so no other feature grows a dependency on them.
 */
final class IdentityNumbers {

    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{17}[\\dX]");
    /** GB 11643: weights of the first 17 digits and the check characters indexed by Σ mod 11. */
    private static final int[] CITIZEN_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CITIZEN_CHECK = "10X98765432";
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** GB 32100: the 31 characters of the code (no I, O, S, V, Z) and the weights of positions 1–17. */
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private IdentityNumbers() {
    }

    static boolean isCitizenId(String number) {
        if (number == null || !CITIZEN_ID.matcher(number).matches()) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.parse(number.substring(6, 14), BIRTH_DATE);
            if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now(ZoneId.of("Asia/Shanghai")))) {
                return false;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * CITIZEN_WEIGHTS[i];
        }
        return CITIZEN_CHECK.charAt(sum % 11) == number.charAt(17);
    }

    static boolean isCreditCode(String code) {
        if (code == null || !CREDIT_CODE.matcher(code).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(code.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CREDIT_ALPHABET.charAt(check == 31 ? 0 : check) == code.charAt(17);
    }
}
