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

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yiwang.gateway.rate-limit.anonymous.capacity=3",
        "yiwang.gateway.rate-limit.anonymous.refill=1",
        "yiwang.gateway.rate-limit.anonymous.period=1m",
        "yiwang.gateway.rate-limit.per-client.capacity=2",
        "yiwang.gateway.rate-limit.per-client.refill=1",
        "yiwang.gateway.rate-limit.per-client.period=1m"})
@WithTokenIssuer
class RateLimitIT {

    static final WireMockServer backend = start();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
        return server;
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("yiwang.routes.catalog.uri", () -> "http://127.0.0.1:" + backend.port());
    }

    @AfterAll
    static void stop() {
        backend.stop();
    }

    @Test
    void anonymousCallersAreLimitedAndToldWhenToRetry() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send("/api/v1/catalog/public/guides/1", null).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = send("/api/v1/catalog/public/guides/1", null);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(refused.body()).contains("urn:yiwang:problem:too-many-requests");
    }

    @Test
    void oneClientUsingUpItsLimitDoesNotStarveAnother() throws Exception {
        String partner = Tokens.forRoles("partner-system").client("county-610326").subject("svc-a").bearer();
        String other = Tokens.forRoles("partner-system").client("county-610926").subject("svc-b").bearer();
        assertThat(send("/api/v1/catalog/items", partner).statusCode()).isEqualTo(200);
        assertThat(send("/api/v1/catalog/items", partner).statusCode()).isEqualTo(200);
        assertThat(send("/api/v1/catalog/items", partner).statusCode()).isEqualTo(429);
        assertThat(send("/api/v1/catalog/items", other).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> send(String path, String authorization) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
