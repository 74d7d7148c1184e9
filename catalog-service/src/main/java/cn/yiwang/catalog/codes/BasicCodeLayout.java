package cn.yiwang.catalog.codes;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The structure of a basic item code (基本编码). DOMAIN.md §2 infers the national layout from real
 * codes — 2-digit region of the rule maker + 2-digit item type + 5-digit main item + 3-digit sub
 * item — and marks it configurable, so a province can describe its own segments
 * ({@code yiwang.catalog.basic-code.segments}). A layout that cannot work is refused when it is
 * built, naming what is wrong, so a misconfigured service stops at start-up.
 */
public record BasicCodeLayout(List<Segment> segments) {

    /** Longest basic code the database columns hold (V5 widens them to this). */
    public static final int MAX_LENGTH = 40;

    /** GB/T 39046 A.1 type codes have two digits. */
    private static final int TYPE_LENGTH = 2;

    /** What a segment's characters must be. */
    public enum Check {
        /** Decimal digits only. */
        DIGITS,
        /** Digits and upper-case Latin letters. */
        ALPHANUMERIC,
        /** Repeats the item's type code (GB/T 39046 A.1): a code must not lie about its item's type. */
        ITEM_TYPE
    }

    /** One segment: a name for messages ({@code label} is what users read), its length and its check. */
    public record Segment(String name, String label, int length, Check check) {

        public Segment {
            label = label == null || label.isBlank() ? name : label;
        }
    }

    /** The national default. */
    public static final BasicCodeLayout NATIONAL = new BasicCodeLayout(List.of(
            new Segment("region", "制定地区", 2, Check.DIGITS),
            new Segment("type", "事项类型", 2, Check.ITEM_TYPE),
            new Segment("main-item", "主项", 5, Check.DIGITS),
            new Segment("sub-item", "子项", 3, Check.DIGITS)));

    public BasicCodeLayout {
        if (segments == null || segments.isEmpty()) {
            throw new IllegalArgumentException("basic code layout: at least one segment is needed");
        }
        segments = List.copyOf(segments);
        Set<String> names = new HashSet<>();
        int total = 0;
        int typeSegments = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String where = "basic code layout: segment " + i;
            if (segment == null || segment.name() == null || segment.name().isBlank()) {
                throw new IllegalArgumentException(where + " has no name");
            }
            where += " (" + segment.name() + ")";
            if (!names.add(segment.name())) {
                throw new IllegalArgumentException(where + " repeats the name of an earlier segment");
            }
            if (segment.check() == null) {
                throw new IllegalArgumentException(where + " has no check; one of " + List.of(Check.values()));
            }
            if (segment.length() < 1) {
                throw new IllegalArgumentException(where + " must be at least 1 character long, not " + segment.length());
            }
            if (segment.check() == Check.ITEM_TYPE) {
                typeSegments++;
                if (segment.length() != TYPE_LENGTH) {
                    throw new IllegalArgumentException(where + " checks the item type, so it must be " + TYPE_LENGTH
                            + " characters long, not " + segment.length());
                }
            }
            total += segment.length();
        }
        if (typeSegments > 1) {
            throw new IllegalArgumentException("basic code layout: only one segment can repeat the item type");
        }
        if (total > MAX_LENGTH) {
            throw new IllegalArgumentException("basic code layout: " + total + " characters in all; at most "
                    + MAX_LENGTH + " fit the catalog's columns");
        }
    }

    public int length() {
        return segments.stream().mapToInt(Segment::length).sum();
    }

    /** Whether every segment is present with the right kind of characters (the type is checked by {@link #matchesType}). */
    public boolean isWellFormed(String code) {
        if (code == null || code.length() != length()) {
            return false;
        }
        int start = 0;
        for (Segment segment : segments) {
            String part = code.substring(start, start + segment.length());
            boolean ok = switch (segment.check()) {
                case DIGITS, ITEM_TYPE -> part.chars().allMatch(c -> c >= '0' && c <= '9');
                case ALPHANUMERIC -> part.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
            };
            if (!ok) {
                return false;
            }
            start += segment.length();
        }
        return true;
    }

    /** The type segment, if the layout has one, must repeat the item's type. */
    public boolean matchesType(String code, ItemType type) {
        if (!isWellFormed(code)) {
            return false;
        }
        return typeSegmentStart().map(start -> code.substring(start, start + TYPE_LENGTH).equals(type.code()))
                .orElse(true);
    }

    /**
     * The value of the named segment of a code (e.g. {@code region}, 制定地区), if the layout has
     * such a segment and the code is long enough.
     */
    public Optional<String> segment(String code, String name) {
        int start = 0;
        for (Segment segment : segments) {
            if (segment.name().equals(name)) {
                return code != null && code.length() >= start + segment.length()
                        ? Optional.of(code.substring(start, start + segment.length())) : Optional.empty();
            }
            start += segment.length();
        }
        return Optional.empty();
    }

    /** Zero-based start of the type segment, if the layout has one. */
    public Optional<Integer> typeSegmentStart() {
        int start = 0;
        for (Segment segment : segments) {
            if (segment.check() == Check.ITEM_TYPE) {
                return Optional.of(start);
            }
            start += segment.length();
        }
        return Optional.empty();
    }

    /** For zh-CN messages, by label: "制定地区 2 + 事项类型 2 + 主项 5 + 子项 3". */
    public String describe() {
        return segments.stream().map(segment -> segment.label() + " " + segment.length())
                .collect(Collectors.joining(" + "));
    }

    /** For English messages, by name: "region 2 + type 2 + main-item 5 + sub-item 3". */
    public String describeByName() {
        return segments.stream().map(segment -> segment.name() + " " + segment.length())
                .collect(Collectors.joining(" + "));
    }
}
