package cn.yiwang.bench.runner;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GatewayFiguresTest {

    @Test
    void theLatestGatewayRunIsReadFromTheFirstTableOfGatewayMd() {
        String markdown = """
                # Gateway cost — 2026-11-22T05:59Z, 2 cores

                | run | req/s | p50 | p99 | errors |
                |---|---|---|---|---|
                | direct, 50 connections | 60706.57 | 707.00us | 6.44ms | none |
                | gateway, 50 connections | 4992.73 | 9.21ms | 26.28ms | none |

                | run | req/s | p50 | p99 | errors |
                | direct, 50 connections | 1 | 1ms | 1ms | older run |
                """;

        Map<String, GatewayFigures.Row> rows = GatewayFigures.firstTable(markdown);

        assertThat(rows).containsOnlyKeys("direct, 50 connections", "gateway, 50 connections");
        assertThat(rows.get("direct, 50 connections").p50Ms()).isCloseTo(0.707, within(1e-9));
        assertThat(rows.get("gateway, 50 connections").requestsPerSecond()).isCloseTo(4992.73, within(1e-9));
        assertThat(rows.get("gateway, 50 connections").errors()).isEqualTo("none");
    }

    @Test
    void theGuideFromPostgresqlRowsAreReadAlongsideTheTrivialOnes() {
        String markdown = """
                | run | req/s | p50 | p99 | errors | gateway CPU/req | backend CPU/req |
                |---|---|---|---|---|---|---|
                | direct, 50 connections | 60706.57 | 707.00us | 6.44ms | none | – | 30 µs |
                | guide, direct, 50 connections | 9000.00 | 5.00ms | 9.00ms | none | – | 130 µs |
                | guide, gateway, 50 connections | 4500.00 | 10.00ms | 20.00ms | none | 200 µs | 130 µs |
                """;

        Map<String, GatewayFigures.Row> rows = GatewayFigures.firstTable(markdown);

        assertThat(rows.get("guide, gateway, 50 connections").requestsPerSecond()
                / rows.get("guide, direct, 50 connections").requestsPerSecond()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void wrkLatenciesInMicrosecondsMillisecondsAndSecondsBecomeMilliseconds() {
        assertThat(GatewayFigures.milliseconds("796.00us")).isCloseTo(0.796, within(1e-9));
        assertThat(GatewayFigures.milliseconds("2.58ms")).isCloseTo(2.58, within(1e-9));
        assertThat(GatewayFigures.milliseconds("1.20s")).isCloseTo(1200, within(1e-9));
    }

    @Test
    void theCommittedGatewayResultsHaveTheFourRunsTheSummaryNeeds() throws IOException {
        String committed = Files.readString(Path.of("results/gateway.md"));

        assertThat(GatewayFigures.firstTable(committed)).containsKeys("direct, 50 connections",
                "gateway, 50 connections", "direct, 4 connections", "gateway, 4 connections");
    }
}
