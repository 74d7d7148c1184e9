package cn.yiwang.bench.runner;

import java.util.List;
import java.util.Locale;

/** The results as a Markdown table (deploy/bench/results/summary.md). */
final class SummaryTable {

    private SummaryTable() {
    }

    static String markdown(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | target | throughput (/s) | p50 ms | p95 ms | p99 ms | errors | resident memory | target met? | report |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            out.append("| ").append(cell(r.scenario()))
                    .append(" | ").append(cell(r.target()))
                    .append(" | ").append(r.throughput() == null ? "—" : String.format(Locale.ROOT, "%.1f", r.throughput()))
                    .append(" | ").append(number(r.p50()))
                    .append(" | ").append(number(r.p95()))
                    .append(" | ").append(number(r.p99()))
                    .append(" | ").append(cell(r.errors()))
                    .append(" | ").append(cell(r.memory()))
                    .append(" | ").append(r.verdict().text())
                    .append(" | ").append(r.report() == null ? "—" : "[report](" + r.report() + ")")
                    .append(" |\n");
        }
        List<Result> noted = results.stream().filter(r -> r.notes() != null && !r.notes().isBlank()).toList();
        if (!noted.isEmpty()) {
            out.append('\n');
            for (Result r : noted) {
                out.append("- **").append(r.scenario()).append("**: ").append(r.notes().strip()).append('\n');
            }
        }
        return out.toString();
    }

    private static String number(Long value) {
        return value == null ? "—" : Long.toString(value);
    }

    /** Table cells hold one line and no pipe. */
    private static String cell(String text) {
        return text == null || text.isBlank() ? "—" : text.replace("|", "\\|").replace("\n", " ");
    }
}
