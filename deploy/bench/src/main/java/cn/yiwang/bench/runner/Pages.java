package cn.yiwang.bench.runner;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The elements of a page answer ({@code items}, or {@code content} where a service pages that way). */
final class Pages {

    private Pages() {
    }

    static List<JsonNode> items(JsonNode page) {
        JsonNode array = page.has("items") ? page.path("items") : page.has("content") ? page.path("content") : page;
        List<JsonNode> result = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(result::add);
        }
        return result;
    }
}
