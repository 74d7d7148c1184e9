package cn.yiwang.common.identifier;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The unified social credit code of GB 32100-2015: registration authority (1), organisation type
 * (1), region (6), organisation identity (9) and a check character, all from a 31-character
 * alphabet without I, O, S, V and Z (easily misread).
 */
public final class UnifiedCreditCode {

    public static final int LENGTH = 18;

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedCreditCode() {
    }

    public enum Mode {
        /** New codes entered by applicants and staff: the check character must match. */
        STRICT,
        /**
         * Codes taken from an existing register: some early pilot codes fail the check, and a
         * register's record cannot be refused for it — the code is accepted with a warning.
         */
        LENIENT
    }

    public static boolean isValid(String text) {
        return check(text, Mode.STRICT).accepted();
    }

    public static IdentifierCheck check(String text, Mode mode) {
        if (text == null) {
            return IdentifierCheck.invalid("yiwang.identifier.credit-code.format");
        }
        String code = normalise(text);
        if (code.length() != LENGTH || !FORMAT.matcher(code).matches()) {
            return IdentifierCheck.invalid("yiwang.identifier.credit-code.format");
        }
        if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
            return mode == Mode.LENIENT
                    ? IdentifierCheck.warning(code, "yiwang.identifier.credit-code.check-warning")
                    : IdentifierCheck.invalid("yiwang.identifier.credit-code.check");
        }
        return IdentifierCheck.valid(code);
    }

    public static String normalise(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    /** GB 32100: c = 31 − (Σ(cᵢ·wᵢ) mod 31), where 31 becomes 0, as a character of the alphabet. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("the check character is computed over 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character not allowed in a credit code at position " + (i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
