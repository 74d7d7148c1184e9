package cn.yiwang.bench.runner;

import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the statistics Gatling's HTML report keeps in {@code js/stats.js} ({@code var stats = {…}}):
 * the global figures and one entry per request name under {@code contents}. Percentiles are
 * Gatling's defaults: percentiles1 = p50, 2 = p75, 3 = p95, 4 = p99 (gatling.conf
 * {@code charting.indicators}).
 */
final class GatlingStats {

    static final String ALL = "all";

    /** A JavaScript object literal: some property names are not quoted. */
    private static final JsonMapper JS_OBJECT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES).build();

    private GatlingStats() {
    }

    static Map<String, RequestStats> read(Path report) {
        Path js = report.resolve("js").resolve("stats.js");
        try {
            return parse(Files.readString(js, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("no statistics in " + report, e);
        }
    }

    /** The statistics of {@code stats.js}: "all" for the whole run plus each request by name. */
    static Map<String, RequestStats> parse(String statsJs) {
        // "var stats = { type: "GROUP", …, contents: { "req_…": {…}, … } }" and then the page's functions.
        int start = statsJs.indexOf('{');
        int functions = statsJs.indexOf("\nfunction ");
        int end = statsJs.lastIndexOf('}', functions < 0 ? statsJs.length() : functions);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a Gatling stats.js");
        }
        JsonNode root = JS_OBJECT.readTree(statsJs.substring(start, end + 1));
        Map<String, RequestStats> result = new LinkedHashMap<>();
        result.put(ALL, figures(root.path("stats")));
        collect(root.path("contents"), result);
        return result;
    }

    /** {@code contents} is an object keyed by the request's file name; groups nest their own contents. */
    private static void collect(JsonNode contents, Map<String, RequestStats> result) {
        for (JsonNode entry : contents.values()) {
            if ("REQUEST".equals(entry.path("type").asString())) {
                result.put(entry.path("name").asString(), figures(entry.path("stats")));
            } else {
                collect(entry.path("contents"), result);
            }
        }
    }

    private static RequestStats figures(JsonNode stats) {
        return new RequestStats(
                number(stats.path("numberOfRequests").path("total")),
                number(stats.path("numberOfRequests").path("ok")),
                number(stats.path("numberOfRequests").path("ko")),
                decimal(stats.path("meanNumberOfRequestsPerSecond").path("total")),
                number(stats.path("percentiles1").path("total")),
                number(stats.path("percentiles3").path("total")),
                number(stats.path("percentiles4").path("total")),
                number(stats.path("maxResponseTime").path("total")));
    }

    /** Gatling writes numbers as strings ("123") and "-" where there is nothing to count. */
    private static long number(JsonNode node) {
        String text = node.isNumber() ? node.asString() : node.asString("").trim();
        if (text.isEmpty() || text.equals("-")) {
            return 0;
        }
        return Math.round(Double.parseDouble(text));
    }

    private static double decimal(JsonNode node) {
        String text = node.isNumber() ? node.asString() : node.asString("").trim();
        if (text.isEmpty() || text.equals("-")) {
            return 0;
        }
        return Double.parseDouble(text);
    }
}
