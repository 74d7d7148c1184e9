package cn.yiwang.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ObservabilityTest {

    private static final Path DASHBOARDS = Repository.OBSERVABILITY.resolve("grafana/dashboards");

    /** The metric names listed in deploy/observability/README.md (first column of its tables). */
    private static Set<String> documentedMetrics() {
        Set<String> names = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z_:][a-z0-9_:]*)` \\|").matcher(Kustomize.Yamls.read(Repository.OBSERVABILITY.resolve("README.md")));
        while (row.find()) {
            names.add(row.group(1));
        }
        return names;
    }

    private static List<Map<String, Object>> rules() {
        List<Map<String, Object>> rules = new ArrayList<>();
        Map<String, Object> file = Kustomize.asMap(Kustomize.Yamls.loadOne(Repository.OBSERVABILITY.resolve("prometheus/alerts.yml")), "alerts");
        for (Object group : Kustomize.list(file.get("groups"))) {
            Map<String, Object> g = Kustomize.asMap(group, "group");
            assertThat(g.get("name")).as("rule group name").isNotNull();
            Kustomize.list(g.get("rules")).forEach(r -> rules.add(Kustomize.asMap(r, "rule")));
        }
        return rules;
    }

    private static Map<String, JsonNode> dashboards() throws IOException {
        Map<String, JsonNode> dashboards = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                dashboards.put(file.getFileName().toString(), new ObjectMapper().readTree(file.toFile()));
            }
        }
        return dashboards;
    }

    private static List<String> expressions(JsonNode dashboard) {
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(t -> expressions.add(t.path("expr").asText())));
        dashboard.path("templating").path("list").forEach(v -> expressions.add(v.path("query").path("query").asText()));
        return expressions;
    }

    private static Set<String> metricsOf(JsonNode dashboard) {
        Set<String> metrics = new TreeSet<>();
        expressions(dashboard).forEach(e -> metrics.addAll(PromQl.metrics(e)));
        return metrics;
    }

    @Test
    void everyAlertRuleIsCompleteAndTheOperationalSignalsAreCovered() {
        List<Map<String, Object>> rules = rules();
        for (Map<String, Object> rule : rules) {
            String name = (String) rule.get("alert");
            assertThat(name).as("every rule is an alert").isNotBlank();
            assertThat((String) rule.get("expr")).as(name).isNotBlank();
            assertThat((String) rule.get("for")).as(name + " waits before firing").matches("\\d+[smh]");
            assertThat(ManifestSchemas.at(rule, "labels.severity")).as(name).isIn("critical", "warning");
            assertThat((String) ManifestSchemas.at(rule, "annotations.summary")).as(name).isNotBlank();
        }
        assertThat(rules).extracting(r -> r.get("alert")).doesNotHaveDuplicates().contains(
                "YiwangOverdueBacklogGrowing", "YiwangKafkaConsumerLag", "YiwangOutboxBacklog", "YiwangCircuitOpen",
                "YiwangHighErrorRate", "YiwangServiceDown");
    }

    @Test
    void dashboardsAndAlertsReadOnlyDocumentedMetricsAndEveryDocumentedMetricIsShown() throws IOException {
        Set<String> documented = documentedMetrics();
        assertThat(documented).hasSizeGreaterThan(15);
        Set<String> used = new TreeSet<>();
        for (Map<String, Object> rule : rules()) {
            Set<String> metrics = PromQl.metrics((String) rule.get("expr"));
            assertThat(metrics).as(rule.get("alert") + " reads a metric").isNotEmpty();
            assertThat(documented).as(rule.get("alert") + " reads documented metrics").containsAll(metrics);
            used.addAll(metrics);
        }
        for (Map.Entry<String, JsonNode> dashboard : dashboards().entrySet()) {
            Set<String> metrics = metricsOf(dashboard.getValue());
            assertThat(documented).as(dashboard.getKey() + " reads documented metrics").containsAll(metrics);
            used.addAll(metrics);
        }
        assertThat(used).as("every documented metric is on a dashboard or in an alert").containsAll(documented);
    }

    @Test
    void metricNamesAreFoundInPromQlButLabelsFunctionsAndVariablesAreNot() {
        assertThat(PromQl.metrics("histogram_quantile(0.99, sum by (le, service) (rate(http_server_requests_seconds_bucket{service=~\"$service\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(PromQl.metrics("sum by (region) (yiwang_cases_overdue) > 0 and sum by (region) (delta(yiwang_cases_overdue[6h])) > 0"))
                .containsExactly("yiwang_cases_overdue");
        assertThat(PromQl.metrics("label_values(yiwang_cases_submitted_total, region)")).containsExactly("yiwang_cases_submitted_total");
        assertThat(PromQl.metrics("a_total / on(service) group_left b_total offset 5m")).containsExactly("a_total", "b_total");
    }

    @Test
    void dashboardsUseTheProvisionedPrometheusAndHaveUniqueIdsOnA24ColumnGrid() throws IOException {
        Map<String, Object> datasource = Kustomize.asMap(Kustomize.list(Kustomize.asMap(Kustomize.Yamls.loadOne(
                Repository.OBSERVABILITY.resolve("grafana/provisioning/datasources/prometheus.yml")), "datasources").get("datasources")).get(0), "ds");
        assertThat(datasource).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
        Set<String> uids = new HashSet<>();
        for (Map.Entry<String, JsonNode> entry : dashboards().entrySet()) {
            JsonNode dashboard = entry.getValue();
            String name = entry.getKey();
            assertThat(uids.add(dashboard.path("uid").asText())).as(name + " uid is unique").isTrue();
            assertThat(dashboard.path("title").asText()).as(name).isNotBlank();
            Set<Integer> ids = new HashSet<>();
            assertThat(dashboard.path("panels").size()).as(name + " panels").isGreaterThan(5);
            dashboard.path("panels").forEach(panel -> {
                String title = name + " / " + panel.path("title").asText();
                assertThat(ids.add(panel.path("id").asInt())).as(title + " id is unique").isTrue();
                assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo(datasource.get("uid"));
                assertThat(panel.path("targets").size()).as(title + " has a query").isPositive();
                JsonNode grid = panel.path("gridPos");
                assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as(title + " fits the grid").isLessThanOrEqualTo(24);
            });
        }
        assertThat(uids).contains("yiwang-platform-health", "yiwang-business");
    }

    @Test
    void thePlatformDashboardShowsTrafficErrorsLatencyMemoryPoolLagBreakersAndOutbox() throws IOException {
        JsonNode platform = dashboards().get("platform-health.json");
        assertThat(metricsOf(platform)).contains("http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
                "jvm_memory_used_bytes", "hikaricp_connections_active", "kafka_consumer_fetch_manager_records_lag_max",
                "resilience4j_circuitbreaker_state", "yiwang_outbox_backlog_events");
        String all = String.join("\n", expressions(platform));
        assertThat(all).contains("histogram_quantile(0.5,", "histogram_quantile(0.99,", "outcome=\"SERVER_ERROR\"");
    }

    @Test
    void theBusinessDashboardShowsEveryFigureTheOperationsTeamAskedFor() throws IOException {
        assertThat(metricsOf(dashboards().get("business.json"))).contains("yiwang_cases_submitted_total", "yiwang_cases_concluded_total",
                "yiwang_cases_overdue", "yiwang_reviews_evaluation_rate", "yiwang_reviews_good_rate", "yiwang_reviews_rectification_rate",
                "yiwang_hotline_response_rate", "yiwang_hotline_on_time_rate", "yiwang_hotline_satisfaction_rate",
                "yiwang_hotline_hotspot_tickets", "yiwang_vectorcontrol_places");
    }
}
