package cn.yiwang.bench.runner;

import java.util.Map;
import java.util.Properties;

/**
 * How hard and how long each scenario runs. {@code full} is the issues' conditions (for a quiet
 * machine); {@code smoke} proves every scenario end to end in a few minutes with small loads, and
 * its figures say nothing about the targets. Any value can be overridden with {@code -Dbench.<key>=…}.
 */
record Settings(String scale, Map<String, String> values) {

    private static final Map<String, String> FULL = Map.ofEntries(
            Map.entry("catalog.rate", "200"), Map.entry("catalog.duration", "60"),
            Map.entry("catalog.max-users", "50"), Map.entry("catalog.max-duration", "60"),
            Map.entry("catalog.codes", "2000"),
            Map.entry("cases.rate", "200"), Map.entry("cases.duration", "60"),
            Map.entry("mycases.rate", "50"), Map.entry("mycases.duration", "60"),
            Map.entry("hotline.rate", "167"), Map.entry("hotline.duration", "60"),
            Map.entry("lag.rate", "100"), Map.entry("lag.duration", "30"),
            Map.entry("survey.records", "10000"), Map.entry("survey.repeats", "3"),
            Map.entry("warmup.duration", "45"),
            // The heap a deployment gives each application (deploy/k8s: 75 % of a 1 GiB limit, one CPU,
            // so the JVM picks the serial collector). With the local launcher's 256 MB the gateway's old
            // generation filled within minutes under load and every full collection stopped it 0.2–0.4 s.
            Map.entry("jvm", "-Xmx768m -XX:+UseSerialGC"));

    private static final Map<String, String> SMOKE = Map.ofEntries(
            Map.entry("catalog.rate", "20"), Map.entry("catalog.duration", "15"),
            Map.entry("catalog.max-users", "8"), Map.entry("catalog.max-duration", "15"),
            Map.entry("catalog.codes", "300"),
            Map.entry("cases.rate", "10"), Map.entry("cases.duration", "15"),
            Map.entry("mycases.rate", "10"), Map.entry("mycases.duration", "15"),
            Map.entry("hotline.rate", "10"), Map.entry("hotline.duration", "15"),
            Map.entry("lag.rate", "5"), Map.entry("lag.duration", "10"),
            Map.entry("survey.records", "10000"), Map.entry("survey.repeats", "1"),
            Map.entry("warmup.duration", "5"), Map.entry("jvm", "-Xmx256m -XX:+UseSerialGC"));

    static Settings from(Properties properties) {
        String scale = properties.getProperty("bench.scale", "full");
        Map<String, String> defaults = switch (scale) {
            case "full" -> FULL;
            case "smoke" -> SMOKE;
            default -> throw new IllegalArgumentException("bench.scale must be full or smoke, not " + scale);
        };
        Map<String, String> values = new java.util.HashMap<>(defaults);
        for (String key : defaults.keySet()) {
            String override = properties.getProperty("bench." + key);
            if (override != null) {
                values.put(key, override);
            }
        }
        return new Settings(scale, Map.copyOf(values));
    }

    String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no setting " + key);
        }
        return value;
    }

    int integer(String key) {
        return Integer.parseInt(text(key));
    }

    double number(String key) {
        return Double.parseDouble(text(key));
    }

    boolean smoke() {
        return "smoke".equals(scale);
    }
}
