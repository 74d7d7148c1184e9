package cn.yiwang.common.personaldata;

import cn.yiwang.common.identifier.CitizenId;
import cn.yiwang.common.identifier.UnifiedCreditCode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How personal data is shown to anyone but its owner and authorised staff. Each helper keeps only
 * what helps a person recognise their own record (a few leading and trailing characters, the
 * region of an address) and never reveals the length of what it hides where that would help guess it.
 */
public final class Masking {

    private static final Pattern CITIZEN_ID_IN_TEXT = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern CREDIT_CODE_IN_TEXT =
            Pattern.compile("(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])");
    /** Mainland mobile numbers (1[3-9] + 9 digits), optionally written with the +86 prefix. */
    private static final Pattern MOBILE_IN_TEXT = Pattern.compile("(?<![0-9])(\\+?86[- ]?)?(1[3-9]\\d{9})(?![0-9])");
    /** A character of a place name: no level suffix, street word or digit, so "中街市场" is not a city. */
    private static final String PLACE_NAME = "[^省市区县旗盟州镇乡街路道巷村组号弄栋楼室0-9０-９]";
    /** Province, prefecture and county-level units at the start of an address (GB/T 2260 levels). */
    private static final Pattern ADDRESS_REGION = Pattern.compile(
            "^(?:" + PLACE_NAME + "{2,7}?(?:省|自治区|特别行政区))?(?:" + PLACE_NAME + "{1,10}?(?:市|自治州|地区|盟))?(?:"
                    + PLACE_NAME + "{1,10}?(?:区|县|市|旗))?");
    private static final String HIDDEN = "****";

    private Masking() {
    }

    /** {@code 610326199001011233} → {@code 6103**********1233}. */
    public static String citizenId(String value) {
        return value == null ? null : keepEnds(value.strip(), 4, 4);
    }

    /** {@code 13812341234} → {@code 138****1234}; other numbers keep 3 leading and 4 trailing digits. */
    public static String phone(String value) {
        return value == null ? null : keepEnds(value.strip(), 3, 4);
    }

    /**
     * {@code 92610326MA6XABCD1N} → {@code 92610326******CD1N}: the authority, type and region
     * segments (GB 32100 positions 1–8) say nothing about the person; the organisation identity does.
     */
    public static String creditCode(String value) {
        return value == null ? null : keepEnds(value.strip(), 8, 4);
    }

    /** {@code 张三} → {@code 张*}, {@code 欧阳娜娜} → {@code 欧***}: the family name only. */
    public static String name(String value) {
        if (value == null) {
            return null;
        }
        int[] codePoints = value.strip().codePoints().toArray();
        if (codePoints.length <= 1) {
            return "*".repeat(codePoints.length);
        }
        return new String(codePoints, 0, 1) + "*".repeat(codePoints.length - 1);
    }

    /**
     * {@code 陕西省宝鸡市眉县首善镇中街12号} → {@code 陕西省宝鸡市眉县****}: the region down to the county
     * stays readable (it is what staff route by), street and house number are hidden.
     */
    public static String address(String value) {
        if (value == null) {
            return null;
        }
        String address = value.strip();
        Matcher region = ADDRESS_REGION.matcher(address);
        String kept = region.find() ? region.group() : "";
        return kept.length() == address.length() ? address : kept + HIDDEN;
    }

    /**
     * Masks every citizen ID number (valid check character), unified social credit code (valid
     * check character) and mobile number found in free text — what the log guard applies. The
     * check character keeps order numbers and other 18-digit identifiers readable.
     */
    public static String inText(String text) {
        if (text == null || !hasLongDigitRun(text)) {
            return text;
        }
        String masked = replace(CITIZEN_ID_IN_TEXT, text, match -> CitizenId.isValid(match) ? citizenId(match) : match);
        masked = replace(CREDIT_CODE_IN_TEXT, masked, match -> UnifiedCreditCode.isValid(match) ? creditCode(match) : match);
        Matcher mobile = MOBILE_IN_TEXT.matcher(masked);
        return mobile.replaceAll(result -> Matcher.quoteReplacement(
                (result.group(1) == null ? "" : result.group(1)) + phone(result.group(2))));
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> mask) {
        return pattern.matcher(text).replaceAll(result -> Matcher.quoteReplacement(mask.apply(result.group())));
    }

    /** Every pattern needs at least six consecutive digits: a cheap test before the regexes. */
    private static boolean hasLongDigitRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run >= 6) {
                return true;
            }
        }
        return false;
    }

    private static String keepEnds(String value, int head, int tail) {
        int length = value.length();
        if (length <= head + tail) {
            return "*".repeat(length);
        }
        return value.substring(0, head) + "*".repeat(length - head - tail) + value.substring(length - tail);
    }
}
