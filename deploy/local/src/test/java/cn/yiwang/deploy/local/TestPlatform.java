package cn.yiwang.deploy.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A local platform started for an integration test — the jars this build packaged, free ports,
 * fresh data in {@code target/} — and what the tests do with it: demo users' tokens by the
 * password grant of the developer client, client-credentials tokens, calls through the gateway,
 * bounded polls for what events bring about.
 */
final class TestPlatform implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Path ROOT = Path.of(System.getProperty("yiwang.root", "../..")).toAbsolutePath().normalize();
    /** Events cross Kafka and each service's outbox; on a loaded machine that can take a while. */
    static final Duration EVENTS = Duration.ofSeconds(90);

    private final LocalPlatform platform;
    private final Path work;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant expires) {
    }

    private TestPlatform(LocalPlatform platform, Path work) {
        this.platform = platform;
        this.work = work;
    }

    /**
     * Starts {@code components} (with PostgreSQL, Kafka and Keycloak) with fresh data in the
     * directory {@code name} beside {@code yiwang.it.workdir}, so the realm is imported from the
     * files of this commit; {@code customise} may adjust the options (environment, timeouts).
     */
    static TestPlatform start(String name, List<Component> components, Duration readiness,
                              Consumer<LocalPlatform.Options> customise) {
        Path base = Path.of(System.getProperty("yiwang.it.workdir", "target/it-platform")).toAbsolutePath();
        Path work = base.resolveSibling(name);
        try {
            deleteDataButKeepKeycloakCopy(work);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        LocalPlatform.Options options = LocalPlatform.Options.defaults()
                .projectRoot(ROOT)
                .dataDirectory(work)
                .freePorts()
                .components(components)
                .readinessTimeout(readiness);
        if (System.getProperty("yiwang.keycloak.distribution") != null) {
            options.keycloakDistribution(Path.of(System.getProperty("yiwang.keycloak.distribution")));
        }
        customise.accept(options);
        return new TestPlatform(LocalPlatform.start(options, System.out), work);
    }

    LocalPlatform platform() {
        return platform;
    }

    /** The data directory of this run: {@code logs/} holds every component's log. */
    Path work() {
        return work;
    }

    String gateway() {
        return platform.baseUrl(Component.GATEWAY);
    }

    @Override
    public void close() {
        platform.close();
    }

    // --- tokens ---------------------------------------------------------------------------------

    /** A demo user's access token by the password grant of the developer client, reused while fresh. */
    String token(String user) {
        Token cached = tokens.get(user);
        if (cached != null && cached.expires().isAfter(Instant.now())) {
            return cached.value();
        }
        JsonNode json = passwordGrant("yiwang-dev-cli", user);
        Token token = new Token(json.path("access_token").asString(),
                Instant.now().plusSeconds(Math.max(30, json.path("expires_in").asLong(300) - 60)));
        tokens.put(user, token);
        return token.value();
    }

    /** The token endpoint's whole answer to a password grant of a demo user. */
    JsonNode passwordGrant(String client, String user) {
        return tokenRequest(Map.of("grant_type", "password", "client_id", client, "username", user,
                "password", platform.demoPassword()));
    }

    /** The token endpoint's whole answer to a client-credentials grant. */
    JsonNode clientCredentials(String client, String secret) {
        return tokenRequest(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
    }

    JsonNode tokenRequest(Map<String, String> form) {
        HttpResponse<String> response = postToken(form);
        assertThat(response.statusCode()).as(form.getOrDefault("username", form.get("client_id")) + ": " + response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body());
    }

    HttpResponse<String> postToken(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return call(HttpRequest.newBuilder(URI.create(platform.keycloak().tokenEndpoint(LocalPlatform.REALM)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The claims of the access token in a token endpoint's answer. */
    static JsonNode claims(JsonNode tokenResponse) {
        return claimsOf(tokenResponse.path("access_token").asString());
    }

    static JsonNode claimsOf(String accessToken) {
        String[] parts = accessToken.split("\\.");
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    // --- calls through the gateway --------------------------------------------------------------

    record Response(int status, String body, String method, String path, HttpResponse<String> raw) {
    }

    Response get(String user, String path) {
        return send(user, "GET", path, null, Map.of());
    }

    Response post(String user, String path, Object body) {
        return send(user, "POST", path, body, Map.of());
    }

    Response post(String user, String path, Object body, Map<String, String> headers) {
        return send(user, "POST", path, body, headers);
    }

    /** A call through the gateway, as {@code user} (null: without a token), in Chinese unless a header says otherwise. */
    Response send(String user, String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (!headers.containsKey("Accept-Language")) {
            request.header("Accept-Language", "zh-CN");
        }
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = call(request.build());
        return new Response(response.statusCode(), response.body(), method, path, response);
    }

    static HttpResponse<String> call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static JsonNode expect(int status, Response response) {
        assertThat(response.status()).as(response.method() + " " + response.path() + " → " + response.body())
                .isEqualTo(status);
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    static String idempotencyKey() {
        return UUID.randomUUID().toString();
    }

    // --- JSON and waiting -----------------------------------------------------------------------

    static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    static List<String> strings(JsonNode array) {
        return stream(array).map(JsonNode::asString).toList();
    }

    @FunctionalInterface
    interface Probe {
        Optional<JsonNode> find() throws Exception;
    }

    /** Polls until the probe finds something, at most {@link #EVENTS}; fails naming what never came. */
    static JsonNode awaitJson(String what, Probe probe) {
        return awaitJson(what, EVENTS, probe);
    }

    static JsonNode awaitJson(String what, Duration atMost, Probe probe) {
        AtomicReference<JsonNode> result = new AtomicReference<>();
        await(what).atMost(atMost).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            Optional<JsonNode> found = probe.find();
            found.ifPresent(result::set);
            return found.isPresent();
        });
        return result.get();
    }

    // --- data -----------------------------------------------------------------------------------

    /** Everything but the Keycloak copy (200 MB, identical every run), so the copy is made once per clean build. */
    static void deleteDataButKeepKeycloakCopy(Path work) throws IOException {
        if (!Files.exists(work)) {
            return;
        }
        try (Stream<Path> top = Files.list(work)) {
            for (Path path : top.toList()) {
                if (path.getFileName().toString().equals("keycloak")) {
                    deleteAll(path.resolve("data"));
                } else {
                    deleteAll(path);
                }
            }
        }
    }

    private static void deleteAll(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
