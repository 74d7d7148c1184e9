package cn.yiwang.common.test;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service must do from its first day (issue: foundation): answer health probes, serve
 * its OpenAPI document and Prometheus metrics, keep its API behind a valid token with problem
 * responses, and run its Flyway migrations. A service's {@code SkeletonIT} extends this.
 */
@ServiceIntegrationTest
public abstract class ServiceSkeletonContract {

    @LocalServerPort
    protected int port;

    @Value("${yiwang.api.base-path}")
    protected String basePath;

    @Value("${spring.application.name}")
    protected String applicationName;

    @Autowired
    protected JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void livenessAndReadinessProbesAnswerUp() throws Exception {
        assertThat(get("/actuator/health/liveness", null).body()).contains("\"UP\"");
        assertThat(get("/actuator/health/readiness", null).body()).contains("\"UP\"");
    }

    @Test
    void theOpenApiDocumentIsServedWithoutAToken() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"");
    }

    @Test
    void prometheusMetricsCarryTheServiceTag() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("service=\"" + applicationName + "\"");
    }

    @Test
    void theApiRefusesACallerWithoutATokenWithAProblemResponse() throws Exception {
        HttpResponse<String> response = get(basePath + "/session", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("urn:yiwang:problem:unauthorized").contains("需要登录");
    }

    @Test
    void theApiRefusesATokenFromAForeignIssuer() throws Exception {
        HttpResponse<String> response = get(basePath + "/session",
                Tokens.forRoles("window-clerk").region("610326").foreignIssuer().bearer());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithTheRealmKeyButClaimingAnotherIssuerIsRefused() throws Exception {
        HttpResponse<String> response = get(basePath + "/session",
                Tokens.forRoles("window-clerk").region("610326").claimingIssuer("http://127.0.0.1:1/realms/yiwang").bearer());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aValidTokenIsMappedToTheCallersRolesAndRegion() throws Exception {
        HttpResponse<String> response = get(basePath + "/session",
                Tokens.forRoles("window-clerk").region("610326").org("11610326MB1234567X").subject("clerk-1").bearer());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"subject\":\"clerk-1\"").contains("window-clerk").contains("610326");
    }

    @Test
    void anUnknownAddressIsANotFoundProblemInEnglishOnRequest() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + basePath + "/no-such-thing"))
                .header("Authorization", Tokens.forRoles("citizen").bearer())
                .header("Accept-Language", "en")
                .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("urn:yiwang:problem:not-found").contains("Not found");
    }

    @Test
    void flywayMigrationsHaveRun() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success", Integer.class);
        assertThat(applied).isPositive();
    }

    protected HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
