package cn.yiwang.certificate.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the service as a front end does: JSON over HTTP with a bearer token (or none). */
public final class Api {

    public static final String BASE = "/api/v1/certificates";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    public Api(int port) {
        this.port = port;
    }

    public Response get(String path, String token) {
        return send(builder(path, token).GET(), null);
    }

    public Response get(String path, String token, String language) {
        return send(builder(path, token).header("Accept-Language", language).GET(), null);
    }

    /** A plain-text answer (e.g. /actuator/prometheus), not parsed. */
    public String text(String path) {
        try {
            return http.send(builder(path, null).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String token, Object body) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body))), null);
    }

    public Response postRaw(String path, String token, String contentType, String body) {
        return send(builder(path, token).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)), null);
    }

    public Response delete(String path, String token) {
        return send(builder(path, token).DELETE(), null);
    }

    private HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + (path.startsWith("/api") || path.startsWith("/actuator") ? path : BASE + path)));
        if (token != null) {
            builder.header("Authorization", token);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder, Object ignored) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Response(response.statusCode(), body, response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, JsonNode body, String text) {

        public String field(String name) {
            JsonNode node = body;
            for (String part : name.split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            return node == null || node.isNull() ? null : node.asString();
        }

        public JsonNode json(String name) {
            JsonNode node = body;
            for (String part : name.split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            return node;
        }
    }
}
