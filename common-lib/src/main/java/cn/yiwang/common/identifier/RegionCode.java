package cn.yiwang.common.identifier;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An administrative division code (行政区划代码, GB/T 2260): 6 digits (province 2 + city 2 +
 * county 2), extended to 12 with town (3) and village (3). A region's subtree is every code that
 * starts with its non-zero prefix: 610300 (Baoji) covers 610326 (Mei County) but not 610111.
 * {@code 000000} is the national root and covers every region.
 */
public final class RegionCode {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}|\\d{12}");

    /** Province-level prefixes of GB/T 2260 (incl. Taiwan, Hong Kong and Macao). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82");

    public static final RegionCode NATIONAL = new RegionCode("000000");

    private final String code;

    private RegionCode(String code) {
        this.code = code;
    }

    /** Whether the text is a well-formed region code (format and province segment). */
    public static boolean isValid(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            return false;
        }
        return text.equals("000000") || PROVINCES.contains(text.substring(0, 2));
    }

    public static RegionCode of(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("not a region code (GB/T 2260): " + text);
        }
        return text.equals(NATIONAL.code) ? NATIONAL : new RegionCode(text);
    }

    public String code() {
        return code;
    }

    /** The significant prefix: 61 for 610000, 6103 for 610300, 610326 for 610326. */
    public String prefix() {
        String padded = padded();
        if (padded.equals("000000000000")) {
            return "";
        }
        if (padded.endsWith("000000")) {
            String county = padded.substring(0, 6);
            if (county.endsWith("0000")) {
                return county.substring(0, 2);
            }
            return county.endsWith("00") ? county.substring(0, 4) : county;
        }
        return padded.endsWith("000") ? padded.substring(0, 9) : padded;
    }

    /** Whether {@code other} is this region or lies below it. */
    public boolean covers(RegionCode other) {
        return other.padded().startsWith(prefix());
    }

    /** Whether the text names a valid region that is this region or lies below it. */
    public boolean covers(String other) {
        return isValid(other) && covers(of(other));
    }

    /** Level by significant digits: 1 national … 6 village (cf. GB/T 39046 A.2 levels 1–6). */
    public int level() {
        return switch (prefix().length()) {
            case 0 -> 1;
            case 2 -> 2;
            case 4 -> 3;
            case 6 -> 4;
            case 9 -> 5;
            default -> 6;
        };
    }

    private String padded() {
        return code.length() == 12 ? code : code + "000000";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionCode other && other.padded().equals(padded());
    }

    @Override
    public int hashCode() {
        return Objects.hash(padded());
    }

    @Override
    public String toString() {
        return code;
    }
}
