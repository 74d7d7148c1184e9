package cn.yiwang.cases.casefile.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case number (办件编号) layout. GB/T 39046's acceptance data set allows at most 50
 * characters; the layout itself is local practice (DOMAIN.md §3, configurable), by default the
 * implementation code, the acceptance date and a daily sequence:
 * {@code {code}{date:yyyyMMdd}{seq:6}}.
 *
 * <p>Placeholders: {@code {code}} the item's implementation code, {@code {region}} the accepting
 * region, {@code {date:<pattern>}} the Beijing date, {@code {seq:<width>}} the sequence,
 * zero-padded. Other characters are copied. The sequence is counted per {@link #counterKey}: the
 * number without its sequence, so two numbers can never collide.
 */
public final class CaseNumberFormat {

    public static final String DEFAULT = "{code}{date:yyyyMMdd}{seq:6}";
    public static final int MAX_LENGTH = 50;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(code|region|date:[^}]+|seq:\\d+)}");

    private final String layout;

    public CaseNumberFormat(String layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
        Matcher matcher = PLACEHOLDER.matcher(layout);
        int sequences = 0;
        while (matcher.find()) {
            if (matcher.group(1).startsWith("seq:")) {
                sequences++;
            }
        }
        if (sequences != 1) {
            throw new IllegalArgumentException("a case number layout needs exactly one {seq:<width>}: " + layout);
        }
    }

    /** The part of the number that does not depend on the sequence: one counter per key. */
    public String counterKey(String implementationCode, String regionCode, LocalDate day) {
        return render(implementationCode, regionCode, day, null);
    }

    public String format(String implementationCode, String regionCode, LocalDate day, long sequence) {
        String number = render(implementationCode, regionCode, day, sequence);
        if (number.length() > MAX_LENGTH) {
            throw new IllegalStateException("case number longer than " + MAX_LENGTH + " characters: " + number);
        }
        return number;
    }

    private String render(String implementationCode, String regionCode, LocalDate day, Long sequence) {
        Matcher matcher = PLACEHOLDER.matcher(layout);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String token = matcher.group(1);
            String value;
            if (token.equals("code")) {
                value = implementationCode;
            } else if (token.equals("region")) {
                value = regionCode;
            } else if (token.startsWith("date:")) {
                value = day.format(DateTimeFormatter.ofPattern(token.substring(5)));
            } else if (sequence == null) {
                value = "#";
            } else {
                int width = Integer.parseInt(token.substring(4));
                value = String.format("%0" + width + "d", sequence);
                if (value.length() > width) {
                    throw new IllegalStateException("the daily sequence outgrew " + width + " digits");
                }
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
