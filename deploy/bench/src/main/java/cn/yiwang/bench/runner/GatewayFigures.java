package cn.yiwang.bench.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue #3, the gateway's own cost, from the latest run of {@code gateway.sh} (wrk, trivial backend
 * directly and through the gateway): its first table in {@code results/gateway.md}. The summary
 * takes those figures; {@code run.sh gateway --rerun-gateway} runs the script first.
 */
final class GatewayFigures implements Scenario {

    record Row(double requestsPerSecond, double p50Ms, double p99Ms, String errors) {
    }

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public String target() {
        return "#3 gateway ≥ 40 % of direct throughput, ≤ 1 ms added at p50, ≥ 70 % for a guide read from PostgreSQL";
    }

    @Override
    public List<Result> run(Bench bench) {
        Path file = bench.root().resolve("deploy/bench/results/gateway.md");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("no " + file + ": run deploy/bench/gateway.sh", e);
        }
        String heading = text.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
        Map<String, Row> rows = firstTable(text);
        Row direct50 = require(rows, "direct, 50 connections");
        Row gateway50 = require(rows, "gateway, 50 connections");
        Row direct4 = require(rows, "direct, 4 connections");
        Row gateway4 = require(rows, "gateway, 4 connections");
        double share = 100 * gateway50.requestsPerSecond() / direct50.requestsPerSecond();
        double added = gateway4.p50Ms() - direct4.p50Ms();
        String link = "gateway.md";
        List<Result> results = new ArrayList<>(List.of(
                new Result("gateway cost: throughput (wrk, 50 connections)", "≥ 40 % of direct (#3)",
                        gateway50.requestsPerSecond(), Math.round(gateway50.p50Ms()), null, Math.round(gateway50.p99Ms()),
                        gateway50.errors(), "see gateway.md", Result.Verdict.of(share >= 40), link,
                        String.format(Locale.ROOT, "%.0f %% of direct (%.0f req/s direct); figures of %s", share,
                                direct50.requestsPerSecond(), heading)),
                new Result("gateway cost: added latency (wrk, 4 connections)", "≤ 1 ms added at p50 (#3)",
                        gateway4.requestsPerSecond(), Math.round(gateway4.p50Ms()), null, Math.round(gateway4.p99Ms()),
                        gateway4.errors(), "see gateway.md", Result.Verdict.of(added <= 1.0), link,
                        String.format(Locale.ROOT, "p50 %.2f ms through the gateway vs %.2f ms direct: %.2f ms added "
                                + "(the table rounds to whole ms)", gateway4.p50Ms(), direct4.p50Ms(), added))));
        Row guideDirect = rows.get("guide, direct, 50 connections");
        Row guideGateway = rows.get("guide, gateway, 50 connections");
        if (guideDirect != null && guideGateway != null) {
            double guideShare = 100 * guideGateway.requestsPerSecond() / guideDirect.requestsPerSecond();
            results.add(new Result("gateway cost: published guide from PostgreSQL (wrk, 50 connections)",
                    "≥ 70 % of direct (#3)", guideGateway.requestsPerSecond(), Math.round(guideGateway.p50Ms()), null,
                    Math.round(guideGateway.p99Ms()), guideGateway.errors(), "see gateway.md",
                    Result.Verdict.of(guideShare >= 70), link,
                    String.format(Locale.ROOT, "%.0f %% of direct (%.0f req/s direct)", guideShare,
                            guideDirect.requestsPerSecond())));
        }
        return results;
    }

    private static Row require(Map<String, Row> rows, String name) {
        Row row = rows.get(name);
        if (row == null) {
            throw new IllegalStateException("gateway.md has no row \"" + name + "\": " + rows.keySet());
        }
        return row;
    }

    /** The rows of the first table ("| run | req/s | p50 | p99 | errors |"), by run name. */
    static Map<String, Row> firstTable(String markdown) {
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("| run |")) {
                inTable = true;
                continue;
            }
            if (inTable) {
                if (!line.startsWith("|")) {
                    break;
                }
                List<String> cells = cells(line);
                if (cells.size() < 5 || cells.get(0).startsWith("---")) {
                    continue;
                }
                rows.put(cells.get(0), new Row(Double.parseDouble(cells.get(1).replace(",", "")),
                        milliseconds(cells.get(2)), milliseconds(cells.get(3)), cells.get(4)));
            }
        }
        return rows;
    }

    /** wrk's latency as written: "707.00us", "9.21ms", "1.2s". */
    static double milliseconds(String text) {
        String t = text.trim();
        if (t.endsWith("us")) {
            return Double.parseDouble(t.substring(0, t.length() - 2)) / 1000;
        }
        if (t.endsWith("ms")) {
            return Double.parseDouble(t.substring(0, t.length() - 2));
        }
        if (t.endsWith("s")) {
            return Double.parseDouble(t.substring(0, t.length() - 1)) * 1000;
        }
        return Double.parseDouble(t);
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\\|")) {
            cells.add(cell.trim());
        }
        cells.remove(0);
        return cells;
    }
}
