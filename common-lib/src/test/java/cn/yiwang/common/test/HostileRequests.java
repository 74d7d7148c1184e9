package cn.yiwang.common.test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every JSON write endpoint of a service, read from its own OpenAPI document, and request bodies
 * built from each endpoint's schema: well-formed except that every free-text field carries one
 * hostile string (SQL and script injection, Unicode edge cases, an oversize string). Enumerations,
 * dates and identifiers get valid values so the request reaches the service's own checks.
 */
public final class HostileRequests {

    /** The strings issue #11 names: SQL and script injection, Unicode edge cases, oversize. */
    public static final Map<String, String> HOSTILE_STRINGS = Map.of(
            "sql-injection", "' OR '1'='1'; DROP TABLE flyway_schema_history; --",
            "script-injection", "<script>alert(1)</script><img src=x onerror=alert(1)>",
            "unicode-edge-cases", "\u0000NUL \u202Eevil\u202C \uFEFF𠜎𠜱 👨‍👩‍👧 é e\u0301 \uD800",
            "oversize", "长".repeat(100_000));

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 5;

    public record WriteEndpoint(String method, String pathTemplate, String path, JsonNode bodySchema) {

        @Override
        public String toString() {
            return method + " " + pathTemplate;
        }
    }

    private final JsonNode document;

    public HostileRequests(String openApiJson) {
        this.document = JsonMapper.builder().build().readTree(openApiJson);
    }

    /** POST, PUT and PATCH operations that take a JSON body, with path and required query parameters filled in. */
    public List<WriteEndpoint> writeEndpoints() {
        List<WriteEndpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : List.of("post", "put", "patch")) {
                JsonNode operation = path.getValue().path(method);
                JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
                if (operation.isMissingNode() || schema.isMissingNode()) {
                    continue;
                }
                endpoints.add(new WriteEndpoint(method.toUpperCase(), path.getKey(),
                        concretePath(path.getKey(), operation), schema));
            }
        }
        return endpoints;
    }

    /** Every operation of the document (any method), with path and required query parameters filled in. */
    public List<WriteEndpoint> allEndpoints() {
        List<WriteEndpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    endpoints.add(new WriteEndpoint(method.toUpperCase(), path.getKey(),
                            concretePath(path.getKey(), operation),
                            operation.path("requestBody").path("content").path("application/json").path("schema")));
                }
            }
        }
        return endpoints;
    }

    /** A body for the endpoint's schema with every free-text field set to {@code hostile}. */
    public JsonNode body(WriteEndpoint endpoint, String hostile) {
        return value(endpoint.bodySchema(), hostile, 0);
    }

    private String concretePath(String template, JsonNode operation) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            String sample = sampleScalar(resolve(parameter.path("schema")), "x");
            if ("path".equals(parameter.path("in").asString())) {
                path = path.replace("{" + name + "}", sample);
            } else if ("query".equals(parameter.path("in").asString()) && parameter.path("required").asBoolean()) {
                query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(sample, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return path.replaceAll("\\{[^}]+}", "1") + query;
    }

    private JsonNode value(JsonNode schemaOrRef, String hostile, int depth) {
        JsonNode schema = resolve(schemaOrRef);
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.path(combinator).isArray() && !schema.path(combinator).isEmpty()) {
                return value(schema.path(combinator).get(0), hostile, depth);
            }
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asString() : schema.path("type").asString();
        if (type.isEmpty() && schema.has("properties")) {
            type = "object";
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < MAX_DEPTH) {
                    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                        object.set(property.getKey(), value(property.getValue(), hostile, depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < MAX_DEPTH) {
                    array.add(value(schema.path("items"), hostile, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(1);
            }
            case "number" -> {
                return NODES.numberNode(1.5);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.stringNode(sampleScalar(schema, hostile));
            }
        }
    }

    /** A valid value where the schema pins one down (enum, date, UUID), else the hostile string. */
    private String sampleScalar(JsonNode schema, String hostile) {
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0).asString();
        }
        String type = schema.path("type").asString();
        if ("integer".equals(type) || "number".equals(type)) {
            return "1";
        }
        return switch (schema.path("format").asString()) {
            case "date" -> "2026-03-02";
            case "date-time" -> "2026-03-02T09:00:00+08:00";
            case "uuid" -> UUID.nameUUIDFromBytes(hostile.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
            case "int32", "int64" -> "1";
            default -> hostile;
        };
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String ref = current.path("$ref").asString();
            JsonNode target = document;
            Iterator<String> parts = List.of(ref.substring(2).split("/")).iterator();
            while (parts.hasNext()) {
                target = target.path(parts.next());
            }
            current = target;
        }
        return current;
    }
}
