package cn.yiwang.gateway;

import cn.yiwang.common.test.Tokens;
import cn.yiwang.common.test.WithTokenIssuer;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service killed and started again (issue #11, faults): meanwhile the gateway answers 503
 * problems naming it — its circuit breaker opens — and once the service is back the gateway
 * routes to it again by itself, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // The production wait before probing a broken service is 10 s; a shorter one keeps the test short.
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1s"})
@WithTokenIssuer
class GatewayRecoveryIT {

    static final int servicePort = cn.yiwang.infra.net.Loopback.freePort();
    static WireMockServer service = start();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").port(servicePort));
        server.start();
        server.stubFor(get(urlPathEqualTo("/api/v1/catalog/session")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
        return server;
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("yiwang.routes.catalog.uri", () -> "http://127.0.0.1:" + servicePort);
        registry.add("yiwang.gateway.rate-limit.enabled", () -> "false");
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    @Test
    void whileAServiceIsDownTheGatewayAnswersProblemsNamingItAndRoutesAgainOnceItIsBack() throws Exception {
        assertThat(call().statusCode()).isEqualTo(200);

        service.stop();
        for (int i = 0; i < 15; i++) {
            HttpResponse<String> response = call();
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("catalog-service").contains("urn:yiwang:problem:");
        }

        service = start();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> call().statusCode() == 200);
        assertThat(call().body()).contains("\"ok\":true");
    }

    private HttpResponse<String> call() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/catalog/session"))
                        .header("Authorization", Tokens.forRoles("window-clerk").region("610326").bearer())
                        .timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
