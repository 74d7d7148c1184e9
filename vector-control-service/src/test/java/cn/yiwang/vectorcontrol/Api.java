package cn.yiwang.vectorcontrol;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the running service over real HTTP with a real token, as a front end would. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port, String basePath) {
        this.base = "http://127.0.0.1:" + port + basePath;
    }

    public Response get(String path, String bearer) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), bearer, null);
    }

    public Response get(String path, String bearer, String language) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), bearer, language);
    }

    public Response post(String path, String bearer, Object body) {
        return post(path, bearer, body, null);
    }

    public Response post(String path, String bearer, Object body, String language) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), bearer, language);
    }

    public Response put(String path, String bearer, Object body) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), bearer, null);
    }

    private Response send(HttpRequest.Builder builder, String bearer, String language) {
        if (bearer != null) {
            builder.header("Authorization", bearer);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
