package cn.yiwang.bench.runner;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Against the stats.js of a real Gatling 3.13.5 report (a 3 s run of CatalogSimulation against a stub server). */
class GatlingStatsTest {

    private static String statsJs() throws IOException {
        try (var in = GatlingStatsTest.class.getResourceAsStream("/gatling/stats.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theWholeRunsFiguresAreUnderAll() throws IOException {
        RequestStats all = GatlingStats.parse(statsJs()).get(GatlingStats.ALL);

        assertThat(all.total()).isEqualTo(20);
        assertThat(all.ok()).isEqualTo(20);
        assertThat(all.ko()).isZero();
        assertThat(all.throughput()).isCloseTo(6.67, within(1e-9));
        assertThat(all.p50()).isEqualTo(10);
        assertThat(all.p95()).isEqualTo(429);
        assertThat(all.p99()).isEqualTo(429);
        assertThat(all.max()).isEqualTo(429);
    }

    @Test
    void eachRequestNameHasItsOwnFigures() throws IOException {
        Map<String, RequestStats> stats = GatlingStats.parse(statsJs());

        // The stub server redirected the search once, which Gatling reports as a request of its own.
        assertThat(stats).containsOnlyKeys(GatlingStats.ALL, "guide by code", "keyword search", "keyword search Redirect 1");
        assertThat(stats.get("guide by code").total()).isEqualTo(10);
        assertThat(stats.get("guide by code").p50()).isEqualTo(4);
        assertThat(stats.get("keyword search").total()).isEqualTo(5);
        assertThat(stats.get("keyword search").p99()).isEqualTo(384);
    }

    @Test
    void aFigureGatlingCouldNotComputeCountsAsZero() {
        String js = """
                var stats = {
                    type: "GROUP",
                name: "All Requests",
                stats: {
                    "name": "All Requests",
                    "numberOfRequests": {"total": "3", "ok": "0", "ko": "3"},
                    "maxResponseTime": {"total": "-", "ok": "-", "ko": "-"},
                    "percentiles1": {"total": "-", "ok": "-", "ko": "-"},
                    "meanNumberOfRequestsPerSecond": {"total": "1.5", "ok": "-", "ko": "1.5"}
                },
                contents: {}
                }

                function fillStats(stat){
                    $("#numberOfRequests").append(stat.numberOfRequests.total);
                }
                """;

        RequestStats all = GatlingStats.parse(js).get(GatlingStats.ALL);

        assertThat(all.ko()).isEqualTo(3);
        assertThat(all.p50()).isZero();
        assertThat(all.max()).isZero();
    }
}
