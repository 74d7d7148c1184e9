package cn.yiwang.common.identifier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The citizen identity number of GB 11643-1999: 6-digit address code (GB/T 2260 region), 8-digit
 * birth date, 3-digit sequence and an ISO 7064 MOD 11-2 check character.
 */
public final class CitizenId {

    public static final int LENGTH = 18;

    private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    /** No living holder was born before the first resident ID cards' era; rejects typos like 1049. */
    private static final int EARLIEST_BIRTH_YEAR = 1900;

    private CitizenId() {
    }

    /** Whether {@code text} is a well-formed number with a consistent check character, date and region. */
    public static boolean isValid(String text) {
        return check(text).accepted();
    }

    /** Checks format, region prefix, birth date (not in the future) and check character. */
    public static IdentifierCheck check(String text) {
        return check(text, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }

    static IdentifierCheck check(String text, LocalDate today) {
        if (text == null) {
            return IdentifierCheck.invalid("yiwang.identifier.citizen-id.format");
        }
        String number = normalise(text);
        if (number.length() != LENGTH || !FORMAT.matcher(number).matches()) {
            return IdentifierCheck.invalid("yiwang.identifier.citizen-id.format");
        }
        String region = number.substring(0, 6);
        if (region.equals("000000") || !RegionCode.isValid(region)) {
            return IdentifierCheck.invalid("yiwang.identifier.citizen-id.region");
        }
        LocalDate birth = birthDateOrNull(number);
        if (birth == null || birth.getYear() < EARLIEST_BIRTH_YEAR || birth.isAfter(today)) {
            return IdentifierCheck.invalid("yiwang.identifier.citizen-id.birth-date");
        }
        if (checkCharacter(number.substring(0, 17)) != number.charAt(17)) {
            return IdentifierCheck.invalid("yiwang.identifier.citizen-id.check");
        }
        return IdentifierCheck.valid(number);
    }

    /** Trimmed and upper case: the check character "x" is stored as "X". */
    public static String normalise(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    /** GB 11643: {@code "10X98765432"[Σ(dᵢ·wᵢ) mod 11]} over the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("the check character is computed over 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int digit = Character.digit(first17.charAt(i), 10);
            if (digit < 0) {
                throw new IllegalArgumentException("not a digit at position " + (i + 1));
            }
            sum += digit * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The holder's birth date from a valid number. */
    public static LocalDate birthDate(String number) {
        IdentifierCheck check = check(number);
        if (!check.accepted()) {
            throw new IllegalArgumentException("not a valid citizen ID number (GB 11643)");
        }
        return birthDateOrNull(check.normalised());
    }

    private static LocalDate birthDateOrNull(String number) {
        try {
            return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
