package cn.yiwang.bench.runner;

/**
 * One line of the summary: what was measured against which target, the figures, and whether the
 * target is met. {@code throughput} in requests (or items) per second, latencies in milliseconds;
 * a figure that does not apply is null.
 */
record Result(String scenario, String target, Double throughput, Long p50, Long p95, Long p99, String errors,
              String memory, Verdict verdict, String report, String notes) {

    enum Verdict {
        MET("met"), NOT_MET("**not met**"), NOT_MEASURED("not measured"), INFO("—");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }

        static Verdict of(boolean met) {
            return met ? MET : NOT_MET;
        }
    }

    /** A scenario that could not run to the end: the target stays unanswered, with the reason. */
    static Result failed(String scenario, String target, String reason) {
        return new Result(scenario, target, null, null, null, null, "—", "—", Verdict.NOT_MEASURED, null,
                "failed: " + reason);
    }

    static Result of(String scenario, String target, RequestStats stats, String memory, boolean met, String report,
                     String notes) {
        return new Result(scenario, target, stats.throughput(), stats.p50(), stats.p95(), stats.p99(),
                errors(stats), memory, Verdict.of(met), report, notes);
    }

    static String errors(RequestStats stats) {
        return stats.ko() + " of " + stats.total();
    }
}
