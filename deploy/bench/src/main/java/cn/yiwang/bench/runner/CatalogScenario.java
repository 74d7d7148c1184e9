package cn.yiwang.bench.runner;

import cn.yiwang.bench.simulations.CatalogSimulation;
import cn.yiwang.deploy.local.Component;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue #4: the public guide by code and the keyword search, anonymous, through the gateway — at a
 * fixed rate (target p99 ≤ 100 ms at 200 req/s with 200,000 items) and then as fast as a fixed
 * number of callers can go (the maximum throughput, reported).
 */
final class CatalogScenario implements Scenario {

    static final double TARGET_RATE = 200;
    static final long TARGET_P99_MS = 100;
    static final long TARGET_ITEMS = 200_000;

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public String target() {
        return "#4 guide by code and keyword search: p99 ≤ 100 ms at 200 req/s with 200,000 items; max throughput";
    }

    @Override
    public List<Result> run(Bench bench) {
        Settings settings = bench.settings();
        Api api = bench.api();
        long items = bench.count(Component.CATALOG, "select count(*) from implementation_item where status = 'PUBLISHED'");
        // Codes spread over the catalog (pages of the public list), keywords from the names found.
        int wanted = settings.integer("catalog.codes");
        List<String> codes = new ArrayList<>();
        Set<String> keywords = new LinkedHashSet<>();
        int pages = Math.max(1, wanted / 100);
        long stride = Math.max(1, items / 100 / pages);
        for (int i = 0; i < pages; i++) {
            JsonNode page = Api.expect(200, api.get(null, "/api/v1/catalog/public/items?size=100&sort=code&page=" + i * stride),
                    "catalog page");
            for (JsonNode item : Pages.items(page)) {
                codes.add(item.path("code").asString());
                String name = item.path("name").asString();
                // Every pair of Chinese characters of the name: hundreds of keywords, from ones in a
                // fifth of the catalogue to ones in a few items, so most searches miss
                // catalog-service's 30 s answer cache and the database is measured too.
                int[] characters = name.codePoints().toArray();
                for (int c = 0; c + 1 < characters.length; c++) {
                    if (Character.UnicodeScript.of(characters[c]) == Character.UnicodeScript.HAN
                            && Character.UnicodeScript.of(characters[c + 1]) == Character.UnicodeScript.HAN) {
                        keywords.add(new String(characters, c, 2));
                    }
                }
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("the catalog lists no items");
        }
        String codesFile = bench.feeder("catalog-codes.csv", "code", codes).toString();
        String keywordsFile = bench.feeder("catalog-keywords.csv", "keyword", List.copyOf(keywords)).toString();

        double rate = settings.number("catalog.rate");
        // Warm-up at the measured rate: at 20 req/s the optimising compiler had not compiled the hot
        // paths of gateway and catalog-service yet, and the first seconds of the measured run paid for it.
        bench.gatling(CatalogSimulation.class, Map.of("mode", "rate", "rate", settings.text("catalog.rate"), "duration",
                settings.text("warmup.duration"), "codes", codesFile, "keywords", keywordsFile), "catalog warm-up");
        double hitsBefore = bench.metric(Component.CATALOG, "cache_gets_total", "cache=\"catalog.search\"", "result=\"hit\"");
        double getsBefore = bench.metric(Component.CATALOG, "cache_gets_total", "cache=\"catalog.search\"");
        GatlingRun.Outcome fixed = bench.gatling(CatalogSimulation.class, Map.of("mode", "rate",
                "rate", settings.text("catalog.rate"), "duration", settings.text("catalog.duration"),
                "codes", codesFile, "keywords", keywordsFile), "catalog at " + rate + " req/s");
        String memory = bench.memory("gateway", "catalog-service");
        boolean reproduced = rate >= TARGET_RATE && items >= TARGET_ITEMS;
        double hits = bench.metric(Component.CATALOG, "cache_gets_total", "cache=\"catalog.search\"", "result=\"hit\"") - hitsBefore;
        double gets = bench.metric(Component.CATALOG, "cache_gets_total", "cache=\"catalog.search\"") - getsBefore;
        String conditions = items + " published items, " + codes.size() + " codes, " + keywords.size()
                + " keywords (random; one search in five asks for page 2–10), offered " + rate + " req/s (half guide, half search); searches answered from"
                + " catalog-service's 30 s cache: " + (gets == 0 ? "none" : Math.round(100 * hits / gets) + " %")
                + ", the rest from PostgreSQL";
        List<Result> results = new ArrayList<>();
        for (String request : List.of("guide by code", "keyword search")) {
            RequestStats stats = fixed.request(request);
            boolean met = stats.p99() <= TARGET_P99_MS && stats.ko() == 0;
            results.add(new Result("catalog: " + request + " (gateway)", "p99 ≤ 100 ms at 200 req/s (both together), 200,000 items (#4)",
                    stats.throughput(), stats.p50(), stats.p95(), stats.p99(), Result.errors(stats), memory,
                    Verdicts.verdict(met, reproduced), bench.link(fixed),
                    request.equals("guide by code") ? conditions : null));
        }
        GatlingRun.Outcome max = bench.gatling(CatalogSimulation.class, Map.of("mode", "max",
                "users", settings.text("catalog.max-users"), "duration", settings.text("catalog.max-duration"),
                "codes", codesFile, "keywords", keywordsFile), "catalog max throughput");
        RequestStats all = max.all();
        results.add(new Result("catalog: max throughput (gateway)", "report the maximum (#4)", all.throughput(),
                all.p50(), all.p95(), all.p99(), Result.errors(all), bench.memory("gateway", "catalog-service"),
                Result.Verdict.INFO, bench.link(max),
                settings.text("catalog.max-users") + " callers back to back for " + settings.text("catalog.max-duration")
                        + " s, half guide, half search"));
        return results;
    }
}
