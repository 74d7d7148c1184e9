package cn.yiwang.bench.runner;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Calls through the gateway with demo users' real tokens (password grant of the developer client
 * {@code yiwang-dev-cli}, as deploy/local's PlatformFlowsIT does) for the set-up and the checks
 * around each measured window; the measured load itself is Gatling's.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String tokenEndpoint;
    private final String password;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant expires) {
    }

    public record Response(int status, String body) {
        public JsonNode json() {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        }
    }

    public Api(String gateway, String tokenEndpoint, String password) {
        this.gateway = gateway;
        this.tokenEndpoint = tokenEndpoint;
        this.password = password;
    }

    public String gateway() {
        return gateway;
    }

    public Response get(String user, String path) {
        return send(user, "GET", path, null, Map.of());
    }

    public Response post(String user, String path, Object body) {
        return send(user, "POST", path, body, Map.of());
    }

    public Response postIdempotent(String user, String path, Object body) {
        return send(user, "POST", path, body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    /** The JSON body when the status is the expected one, else a failure naming the call and the answer. */
    public static JsonNode expect(int status, Response response, String what) {
        if (response.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + response.status() + " "
                    + abbreviate(response.body()));
        }
        return response.json();
    }

    public Response send(String user, String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Accept-Language", "zh-CN");
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
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * A demo user's access token, reused while it has more than a minute left. Access tokens live
     * 5 minutes (realm file), so a simulation is handed a fresh one and runs for less than that.
     */
    public String token(String user) {
        Token cached = tokens.get(user);
        if (cached != null && cached.expires().isAfter(Instant.now())) {
            return cached.value();
        }
        Map<String, String> form = Map.of("grant_type", "password", "client_id", "yiwang-dev-cli",
                "username", user, "password", password);
        String encoded = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + user + ": " + response.statusCode() + " "
                        + abbreviate(response.body()));
            }
            JsonNode json = JSON.readTree(response.body());
            Token token = new Token(json.path("access_token").asString(),
                    Instant.now().plusSeconds(Math.max(30, json.path("expires_in").asLong(300) - 60)));
            tokens.put(user, token);
            return token.value();
        } catch (IOException e) {
            throw new IllegalStateException("token endpoint failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A fresh token (for a simulation that runs up to the token's lifetime). */
    public String freshToken(String user) {
        tokens.remove(user);
        return token(user);
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
