package cn.yiwang.hotline.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the running service over real HTTP, as the gateway would. */
public final class HotlineApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public HotlineApi(int port) {
        this.port = port;
    }

    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Response get(String path, String authorization) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), authorization, null);
    }

    public Response get(String path, String authorization, String acceptLanguage) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", acceptLanguage).GET(), authorization, null);
    }

    public Response post(String path, String authorization, Object body) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), authorization, null);
    }

    /** A POST with extra request headers (e.g. Idempotency-Key). */
    public Response post(String path, String authorization, Object body, java.util.Map<String, String> headers) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(builder::header);
        return send(builder, authorization, null);
    }

    public Response put(String path, String authorization, Object body) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), authorization, null);
    }

    public Response postForm(String path, String authorization, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), authorization, null);
    }

    private Response send(HttpRequest.Builder builder, String authorization, String unused) {
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The text of a field, or null when it is missing or JSON null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    public static JsonMapper json() {
        return JSON;
    }
}
