package cn.yiwang.gateway.opsconsole;

import cn.yiwang.common.test.WithTokenIssuer;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ops console at the gateway, switched on, reading a service that reports figures (a WireMock
 * standing in for its Prometheus endpoint) and a service that is stopped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yiwang.ops-console.enabled=true", "yiwang.ops-console.scrape-interval=200ms"})
@WithTokenIssuer
class OpsConsoleIT {

    static final WireMockServer caseService = start();
    static final WireMockServer hotlineService = startHotline();
    static final int stoppedPort = cn.yiwang.infra.net.Loopback.freePort();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(get(urlEqualTo("/actuator/prometheus")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain;version=0.0.4;charset=utf-8")
                .withBody("""
                        # TYPE yiwang_cases_overdue gauge
                        yiwang_cases_overdue{region="610326",service="case-service"} 7.0
                        yiwang_cases_submitted_total{channel="pc",region="610326",service="case-service"} 3.0
                        yiwang_cases_submitted_total{channel="window",region="610326",service="case-service"} 1.0
                        jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 1048576.0
                        """)));
        return server;
    }

    static WireMockServer startHotline() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(get(urlEqualTo("/actuator/prometheus")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain;version=0.0.4;charset=utf-8")
                .withBody("jvm_memory_used_bytes{area=\"heap\",id=\"Tenured Gen\"} 1048576.0\n")));
        return server;
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("yiwang.routes.cases.uri", () -> "http://127.0.0.1:" + caseService.port());
        registry.add("yiwang.routes.review.uri", () -> "http://127.0.0.1:" + stoppedPort);
        registry.add("yiwang.routes.hotline.uri", () -> "http://127.0.0.1:" + hotlineService.port());
    }

    @AfterAll
    static void stop() {
        caseService.stop();
        hotlineService.stop();
    }

    @Test
    void theServicesAreReadOneAfterAnotherNotAllAtOnce() throws Exception {
        figuresOnceCollected();
        Instant deadline = Instant.now().plusSeconds(10);
        while ((readTimes(caseService).size() < 4 || readTimes(hotlineService).size() < 4) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        // Seven targets every 200 ms: one every ~28 ms; after the gateway itself case-service is read first and
        // hotline-service fourth, so ~84 ms apart in each round.
        // The first round is left out: the cold HTTP client of a just-started gateway sends its first requests
        // together, whenever they were handed to it.
        java.util.List<Long> cases = readTimes(caseService).stream().skip(1).toList();
        java.util.List<Long> hotline = readTimes(hotlineService).stream().skip(1).toList();
        assertThat(cases).isNotEmpty();
        assertThat(hotline).isNotEmpty();
        long nearest = cases.stream().mapToLong(c -> hotline.stream().mapToLong(h -> Math.abs(h - c)).min().orElseThrow())
                .min().orElseThrow();
        assertThat(nearest).as("no round reads the two services at the same moment: case %s, hotline %s", cases, hotline)
                .isGreaterThanOrEqualTo(20);
    }

    private static java.util.List<Long> readTimes(WireMockServer server) {
        return server.getAllServeEvents().stream().map(event -> event.getRequest().getLoggedDate().getTime()).sorted().toList();
    }

    @Test
    void theFiguresShowWhatTheServicesReportAndWhichServiceIsDown() throws Exception {
        JsonNode figures = figuresOnceCollected();

        assertThat(figures.path("business").path("cases").path("overdue").asDouble()).isEqualTo(7.0);
        assertThat(figures.path("business").path("cases").path("submitted").asDouble()).isEqualTo(4.0);
        assertThat(figures.path("business").path("cases").path("onlineShare").asDouble()).isEqualTo(0.75);
        JsonNode cases = service(figures, "case-service");
        assertThat(cases.path("up").asBoolean()).isTrue();
        assertThat(cases.path("heapUsedBytes").asDouble()).isEqualTo(1048576.0);
        assertThat(service(figures, "review-service").path("up").asBoolean()).isFalse();
        assertThat(service(figures, "gateway").path("up").asBoolean()).as("the gateway reads itself").isTrue();
        assertThat(figures.path("business").has("reviews")).as("no review figures while it is down").isFalse();
    }

    @Test
    void thePageAndItsChartLibraryAreServedFromTheGatewayWithoutALogin() throws Exception {
        HttpResponse<String> page = send("/ops/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("一网通办 运行监控台").doesNotContain("https://");

        assertThat(send("/ops/ops.js").statusCode()).isEqualTo(200);
        HttpResponse<String> charts = send("/webjars/echarts/echarts.min.js");
        assertThat(charts.statusCode()).isEqualTo(200);
        assertThat(charts.body()).contains("echarts");
    }

    @Test
    void plainOpsRedirectsToThePage() throws Exception {
        HttpResponse<String> response = send("/ops");
        assertThat(response.statusCode()).isEqualTo(307);
        assertThat(response.headers().firstValue("Location")).hasValue("/ops/");
    }

    /** Where the console is open only to an operations network, a caller from elsewhere is refused. */
    @Nested
    @TestPropertySource(properties = "yiwang.ops-console.allowed-addresses=10.20.0.0/16")
    class FromAnAddressNotAllowed {

        @LocalServerPort
        int otherPort;

        @Test
        void theConsoleAndItsFiguresAreForbiddenWithAProblem() throws Exception {
            for (String path : new String[] {"/ops/", "/ops/api/figures"}) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + otherPort + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(403);
                assertThat(response.body()).contains("urn:yiwang:problem:forbidden");
            }
        }
    }

    private JsonNode figuresOnceCollected() throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        JsonNode figures;
        do {
            HttpResponse<String> response = send("/ops/api/figures");
            assertThat(response.statusCode()).isEqualTo(200);
            figures = JSON.readTree(response.body());
            if (figures.path("services").size() > 0 && figures.path("history").size() >= 2) {
                return figures;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("no figures collected: " + figures);
    }

    private static JsonNode service(JsonNode figures, String name) {
        for (JsonNode service : figures.path("services")) {
            if (service.path("name").asString().equals(name)) {
                return service;
            }
        }
        throw new AssertionError(name + " missing in " + figures);
    }

    private HttpResponse<String> send(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
