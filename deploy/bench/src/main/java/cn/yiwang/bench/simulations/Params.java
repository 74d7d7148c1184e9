package cn.yiwang.bench.simulations;

import java.time.Duration;

/**
 * What the runner hands a simulation: system properties {@code bench.*} set before Gatling
 * starts it in the same JVM (gateway URL, a demo user's token, rate, duration, feeder files).
 */
final class Params {

    private Params() {
    }

    static String text(String name) {
        String value = System.getProperty("bench." + name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("bench." + name + " is not set: simulations are started by cn.yiwang.bench.runner.BenchMain");
        }
        return value;
    }

    static double number(String name) {
        return Double.parseDouble(text(name));
    }

    static int integer(String name) {
        return Integer.parseInt(text(name));
    }

    static Duration seconds(String name) {
        return Duration.ofSeconds(Long.parseLong(text(name)));
    }

    static String gateway() {
        return text("gateway");
    }

    static String bearer() {
        return "Bearer " + text("token");
    }
}
