package cn.yiwang.common.events;

import java.util.regex.Pattern;

/**
 * The platform's naming convention for topics ({@code <service>.<aggregate>.v<major>}) and
 * CloudEvents types ({@code yiwang.<aggregate>.<event>.v<major>}). Names are written out, not
 * derived from Java class names, so renaming a class never changes a wire contract.
 */
public final class EventNames {

    /** Lower-case words, digits allowed after the first letter, no separators inside a segment. */
    private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9]*\\.[a-z][a-z0-9]*\\.v[1-9][0-9]*");
    private static final Pattern TYPE = Pattern.compile("yiwang\\.[a-z][a-z0-9]*\\.[a-z][a-z0-9]*\\.v[1-9][0-9]*");

    private EventNames() {
    }

    /** {@code topic("cases", "case", 1)} is {@code cases.case.v1}. */
    public static String topic(String service, String aggregate, int major) {
        return segment("service", service) + "." + segment("aggregate", aggregate) + "." + version(major);
    }

    /** {@code type("case", "concluded", 1)} is {@code yiwang.case.concluded.v1}. */
    public static String type(String aggregate, String event, int major) {
        return "yiwang." + segment("aggregate", aggregate) + "." + segment("event", event) + "." + version(major);
    }

    public static boolean isTopic(String name) {
        return name != null && TOPIC.matcher(name).matches();
    }

    public static boolean isType(String name) {
        return name != null && TYPE.matcher(name).matches();
    }

    private static String segment(String what, String value) {
        if (value == null || !SEGMENT.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be lower-case letters and digits: " + value);
        }
        return value;
    }

    private static String version(int major) {
        if (major < 1) {
            throw new IllegalArgumentException("major version starts at 1: " + major);
        }
        return "v" + major;
    }
}
