package cn.yiwang.gateway;

import cn.yiwang.common.test.Tokens;
import cn.yiwang.common.test.WithTokenIssuer;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTokenIssuer
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class GatewayRoutingIT {

    static final WireMockServer catalog = start();
    /** A port nothing listens on: a stopped service. */
    static final int stoppedPort = cn.yiwang.infra.net.Loopback.freePort();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("yiwang.routes.catalog.uri", () -> "http://127.0.0.1:" + catalog.port());
        registry.add("yiwang.routes.cases.uri", () -> "http://127.0.0.1:" + stoppedPort);
        registry.add("yiwang.routes.hotline.uri", () -> "http://127.0.0.1:" + catalog.port());
        // Shorter than the 10 s default, so the slow-service test is quick; the mechanism is the same.
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "2s");
    }

    @BeforeEach
    void stubs() {
        catalog.resetAll();
        catalog.stubFor(get(urlPathEqualTo("/api/v1/catalog/session"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
        catalog.stubFor(get(urlPathEqualTo("/api/v1/catalog/public/guides/1"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"guide\":1}")));
    }

    @AfterAll
    static void stop() {
        catalog.stop();
    }

    @Test
    void anAuthenticatedCallIsRoutedToItsServiceWithTheTokenRelayed() throws Exception {
        String bearer = Tokens.forRoles("window-clerk").region("610326").bearer();
        HttpResponse<String> response = send("/api/v1/catalog/session", bearer);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"ok\":true");
        catalog.verify(getRequestedFor(urlEqualTo("/api/v1/catalog/session"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(bearer)));
    }

    @Test
    void aCallWithoutATokenIsRefusedAtTheDoorWithAProblem() throws Exception {
        HttpResponse<String> response = send("/api/v1/catalog/session", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("urn:yiwang:problem:unauthorized");
        assertThat(catalog.getAllServeEvents()).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        HttpResponse<String> response = send("/api/v1/catalog/session",
                Tokens.forRoles("citizen").expired(600).bearer());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenFromAForeignIssuerIsRefused() throws Exception {
        HttpResponse<String> response = send("/api/v1/catalog/session",
                Tokens.forRoles("citizen").foreignIssuer().bearer());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        HttpResponse<String> response = send("/api/v1/catalog/session",
                Tokens.forRoles("citizen").audience("some-other-api").bearer());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aPublishedGuideIsReadableWithoutAToken() throws Exception {
        HttpResponse<String> response = send("/api/v1/catalog/public/guides/1", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"guide\":1");
    }

    @Test
    void anOpen311ClientFilesARequestWithItsApiKeyAndNoToken() throws Exception {
        catalog.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/open311/v2/requests.json"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("[{\"token\":\"t-1\"}]")));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("api_key=k&service_code=rats&lat=34.28&long=107.79")).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("t-1");
    }

    @Test
    void aStoppedServiceAnswersAServiceUnavailableProblemNamingIt() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = send("/api/v1/cases/mine", Tokens.forRoles("citizen").bearer());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("urn:yiwang:problem:service-unavailable").contains("case-service");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void everyResponseCarriesARequestIdAndATraceparent() throws Exception {
        HttpResponse<String> response = send("/api/v1/catalog/session", null);
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(response.headers().firstValue("traceparent")).hasValueSatisfying(
                value -> assertThat(value).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
    }

    @Test
    void theServiceReceivesTheSameTraceparentAsTheCallerGetsBack() throws Exception {
        HttpResponse<String> response = send("/api/v1/catalog/public/guides/1", null);
        String traceparent = response.headers().firstValue("traceparent").orElseThrow();
        catalog.verify(getRequestedFor(urlEqualTo("/api/v1/catalog/public/guides/1"))
                .withHeader("traceparent", com.github.tomakehurst.wiremock.client.WireMock.equalTo(traceparent)));
    }

    @Test
    void aValidTraceparentFromTheCallerIsKeptAndForwarded() throws Exception {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/catalog/public/guides/1"))
                .header("traceparent", traceparent).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("traceparent")).contains(traceparent);
        catalog.verify(getRequestedFor(urlEqualTo("/api/v1/catalog/public/guides/1"))
                .withHeader("traceparent", com.github.tomakehurst.wiremock.client.WireMock.equalTo(traceparent)));
    }

    @Test
    void aServiceSlowerThanTheResponseTimeoutAnswersAGatewayTimeoutProblemNamingIt() throws Exception {
        catalog.stubFor(get(urlPathEqualTo("/api/v1/catalog/public/slow"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(6_000).withBody("{}")));
        long started = System.nanoTime();
        HttpResponse<String> response = send("/api/v1/catalog/public/slow", null);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.body()).contains("urn:yiwang:problem:gateway-timeout").contains("catalog-service");
        // Well before the service would have answered (6 s): the response timeout cut the call.
        assertThat(took).isBetween(Duration.ofMillis(1_900), Duration.ofMillis(5_500));
    }

    @Test
    void aValidRequestIdFromTheCallerIsKeptAndForwarded() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/catalog/public/guides/1"))
                .header("X-Request-Id", "county-system-0001").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("X-Request-Id")).contains("county-system-0001");
        catalog.verify(getRequestedFor(urlEqualTo("/api/v1/catalog/public/guides/1"))
                .withHeader("X-Request-Id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("county-system-0001")));
    }

    @Test
    void aConfiguredFrontEndMayCallFromTheBrowserAndOthersMayNot() throws Exception {
        HttpResponse<String> allowed = preflight("http://127.0.0.1:5173");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://127.0.0.1:5173");
        HttpResponse<String> refused = preflight("https://evil.example");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theSwaggerUiListsEveryServicesDocumentServedThroughTheGateway() throws Exception {
        catalog.stubFor(get(urlEqualTo("/v3/api-docs"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"catalog\"}}")));
        HttpResponse<String> config = send("/v3/api-docs/swagger-config", null);
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/v3/api-docs/catalog-service").contains("/v3/api-docs/case-service")
                .contains("/v3/api-docs/review-service").contains("/v3/api-docs/certificate-service")
                .contains("/v3/api-docs/hotline-service").contains("/v3/api-docs/vector-control-service");
        HttpResponse<String> document = send("/v3/api-docs/catalog-service", null);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"title\":\"catalog\"");
    }

    @Test
    void theOpsConsoleIsOffUnlessSwitchedOn() throws Exception {
        assertThat(send("/ops/", null).statusCode()).isEqualTo(404);
        assertThat(send("/ops/api/figures", null).statusCode()).isEqualTo(404);
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> response = send("/api/v1/catalog/public/guides/1", null);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    }

    @Test
    void anOversizeBodyIsRefusedWithAProblemAndNeverForwarded() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/catalog/items"))
                .header("Authorization", Tokens.forRoles("dept-admin").bearer())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[3 * 1024 * 1024])).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("urn:yiwang:problem:payload-too-large");
        assertThat(catalog.getAllServeEvents()).isEmpty();
    }

    @Test
    void theAccessLogNamesRouteStatusAndClientButNoTokenOrIdNumber(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        String token = Tokens.forRoles("citizen").client("yiwang-mobile").mint();
        send("/api/v1/catalog/session?idNumber=11010519491231002X", "Bearer " + token);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(output.getOut()).contains("route=catalog-service").contains("client=yiwang-mobile"));
        assertThat(output.getAll()).doesNotContain(token).doesNotContain("11010519491231002X");
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/catalog/session"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String path, String authorization) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
