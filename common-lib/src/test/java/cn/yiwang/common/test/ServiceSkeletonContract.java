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
import java.util.ArrayList;
import java.util.List;

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

    /** Every role at once, so a hostile request gets past role checks into the service's own validation. */
    protected String everyRoleToken() {
        return Tokens.forRoles(hostileTesterRoles().toArray(String[]::new))
                .region("610326").org("11610326MB1234567X").subject("hostile-tester")
                .idHash("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0").bearer();
    }

    /**
     * The roles of {@link #everyRoleToken()}: every business role, not {@code partner-system} or
     * {@code service}. A service with an endpoint gated to one of those ({@code @CallableBy} refuses
     * before the body is read) adds it, or the hostile-input checks stop at the gate.
     */
    protected List<String> hostileTesterRoles() {
        return List.of(cn.yiwang.common.security.Roles.CITIZEN, cn.yiwang.common.security.Roles.ENTERPRISE,
                cn.yiwang.common.security.Roles.WINDOW_CLERK, cn.yiwang.common.security.Roles.APPROVER,
                cn.yiwang.common.security.Roles.DEPT_ADMIN, cn.yiwang.common.security.Roles.CATALOG_ADMIN,
                cn.yiwang.common.security.Roles.EVALUATION_OFFICER, cn.yiwang.common.security.Roles.HOTLINE_AGENT,
                cn.yiwang.common.security.Roles.HOTLINE_DISPATCHER, cn.yiwang.common.security.Roles.SUPERVISOR,
                cn.yiwang.common.security.Roles.CDC_MONITOR, cn.yiwang.common.security.Roles.AIWEI_OFFICER,
                cn.yiwang.common.security.Roles.INSPECTOR, cn.yiwang.common.security.Roles.PEST_CONTROL_COMPANY,
                cn.yiwang.common.security.Roles.OPS);
    }

    @Test
    void everyJsonWriteEndpointAnswersMalformedJsonWithABadRequestProblemAndNoStackTrace() throws Exception {
        List<String> failures = new ArrayList<>();
        List<HostileRequests.WriteEndpoint> endpoints = writeEndpoints();
        for (HostileRequests.WriteEndpoint endpoint : endpoints) {
            HttpResponse<String> response = send(endpoint, "{\"broken\": [1, 2,");
            if (response.statusCode() != 400 || !isCleanProblem(response)) {
                failures.add(endpoint + " -> " + response.statusCode() + " " + abbreviate(response.body()));
            }
        }
        assertThat(failures).as("write endpoints answering malformed JSON wrongly").isEmpty();
    }

    @Test
    void everyJsonWriteEndpointAnswersAWrongJsonTypeWithAClientErrorProblem() throws Exception {
        List<String> failures = new ArrayList<>();
        for (HostileRequests.WriteEndpoint endpoint : writeEndpoints()) {
            String wrongType = "object".equals(endpoint.bodySchema().path("type").asString())
                    || endpoint.bodySchema().has("$ref") ? "[\"not\", \"an\", \"object\"]" : "{\"not\": \"expected\"}";
            HttpResponse<String> response = send(endpoint, wrongType);
            if (response.statusCode() < 400 || response.statusCode() >= 500 || !isCleanProblem(response)) {
                failures.add(endpoint + " -> " + response.statusCode() + " " + abbreviate(response.body()));
            }
        }
        assertThat(failures).as("write endpoints accepting or failing on a body of the wrong JSON type").isEmpty();
    }

    @Test
    void injectionUnicodeAndOversizeStringsInEveryFieldNeverCauseAServerErrorOrLeakInternals() throws Exception {
        HostileRequests requests = new HostileRequests(get("/v3/api-docs", null).body());
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        List<String> failures = new ArrayList<>();
        for (HostileRequests.WriteEndpoint endpoint : requests.writeEndpoints()) {
            for (java.util.Map.Entry<String, String> hostile : HostileRequests.HOSTILE_STRINGS.entrySet()) {
                HttpResponse<String> response = send(endpoint, json.writeValueAsString(requests.body(endpoint, hostile.getValue())));
                boolean clean = response.statusCode() < 400 ? !leaksInternals(response.body()) : isCleanProblem(response);
                if (response.statusCode() >= 500 || !clean) {
                    failures.add(endpoint + " with " + hostile.getKey() + " -> " + response.statusCode() + " "
                            + abbreviate(response.body()));
                }
            }
        }
        assertThat(failures).as("write endpoints failing on hostile strings").isEmpty();
    }

    @Test
    void everyEndpointButThePublicOnesRefusesACallerWithoutAToken() throws Exception {
        List<String> failures = new ArrayList<>();
        for (HostileRequests.WriteEndpoint endpoint : new HostileRequests(get("/v3/api-docs", null).body()).allEndpoints()) {
            if (isPublic(endpoint.pathTemplate())) {
                continue;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + endpoint.path()))
                    .header("Content-Type", "application/json")
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofString("{}"));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 401) {
                failures.add(endpoint + " -> " + response.statusCode());
            }
        }
        assertThat(failures).as("endpoints answering an anonymous caller").isEmpty();
    }

    @Test
    void aCallerWithOnlyTheOpsRoleCanChangeNothing() throws Exception {
        String opsOnly = Tokens.forRoles(cn.yiwang.common.security.Roles.OPS).region("610326")
                .org("11610326MB1234567X").subject("ops-1").bearer();
        HostileRequests requests = new HostileRequests(get("/v3/api-docs", null).body());
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        List<String> failures = new ArrayList<>();
        for (HostileRequests.WriteEndpoint endpoint : requests.allEndpoints()) {
            if (endpoint.method().equals("GET") || isPublic(endpoint.pathTemplate())) {
                continue;
            }
            String body = endpoint.bodySchema().isMissingNode() ? ""
                    : json.writeValueAsString(requests.body(endpoint, "运维人员"));
            HttpResponse<String> response = send(endpoint, body, opsOnly);
            if (response.statusCode() < 400 || response.statusCode() >= 500) {
                failures.add(endpoint + " -> " + response.statusCode());
            }
        }
        assertThat(failures).as("write endpoints open to a caller with no business role").isEmpty();
    }

    /**
     * Paths open without a token by design (ARCHITECTURE.md: published guides, public figures,
     * certificate verification, Open311 with its api_key, the platform's own health and docs).
     */
    protected boolean isPublic(String pathTemplate) {
        return pathTemplate.contains("/public/") || pathTemplate.endsWith("/public") || pathTemplate.contains("/verify")
                || pathTemplate.startsWith("/open311/");
    }

    private List<HostileRequests.WriteEndpoint> writeEndpoints() throws Exception {
        return new HostileRequests(get("/v3/api-docs", null).body()).writeEndpoints();
    }

    private HttpResponse<String> send(HostileRequests.WriteEndpoint endpoint, String body) throws Exception {
        return send(endpoint, body, everyRoleToken());
    }

    private HttpResponse<String> send(HostileRequests.WriteEndpoint endpoint, String body, String authorization)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + endpoint.path()))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .header("If-Match", "\"0\"")
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body))
                .timeout(java.time.Duration.ofSeconds(30))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isCleanProblem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && !leaksInternals(response.body());
    }

    /** A stack trace, an exception class or SQL in a response tells an attacker how the service is built. */
    private static boolean leaksInternals(String body) {
        return body.contains("Exception") || body.contains("\tat ") || body.contains("org.springframework")
                || body.contains("java.lang") || body.contains("PSQL") || body.contains("SQL state");
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
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
