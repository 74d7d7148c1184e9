package cn.yiwang.bench.runner;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid online application by the demo citizen of Mei County for one of the county's published
 * 即办件 (immediate items: the hall's clerk accepts and concludes in one step), every required
 * material uploaded, at the county's hall. Found in the demo catalogue through the public API and
 * tried once before it is used.
 */
record Application(String itemCode, String body) {

    static final String CITIZEN = "citizen.meixian";
    static final String CLERK = "clerk.meixian";
    static final String REGION = "610326";
    /** Mei County's government service hall (demo catalogue; clerk.meixian's organisation). */
    static final String HALL = "11610326000326019W";
    /** The demo citizen's fictitious ID number (deploy/keycloak/demo): her token's id_hash is its hash. */
    static final String ID_NUMBER = "610326198503122019";

    static Application find(Api api) {
        List<String> tried = new ArrayList<>();
        JsonNode page = Api.expect(200, api.get(null, "/api/v1/catalog/public/items?region=" + REGION
                + "&immediate=true&online=true&size=50"), "immediate items of Mei County");
        for (JsonNode summary : Pages.items(page)) {
            String code = summary.path("code").asString();
            JsonNode guide = Api.expect(200, api.get(null, "/api/v1/catalog/public/items/" + code), "guide " + code);
            Map<String, Object> body = body(code, guide);
            Api.Response response = api.postIdempotent(CITIZEN, "/api/v1/cases", body);
            if (response.status() == 201) {
                return new Application(code, Api.JSON.writeValueAsString(body));
            }
            tried.add(code + " → " + response.status() + " " + Api.abbreviate(response.body()));
            if (tried.size() >= 5) {
                break;
            }
        }
        throw new IllegalStateException("no immediate item of " + REGION + " accepted an application: " + tried);
    }

    private static Map<String, Object> body(String code, JsonNode guide) {
        List<Map<String, Object>> materials = new ArrayList<>();
        for (JsonNode material : guide.path("guide").path("materials")) {
            if (material.path("required").asBoolean(false)) {
                String key = material.path("key").asString();
                materials.add(Map.of("code", key, "provision", "UPLOAD", "reference", "uploads/bench/" + key + ".pdf"));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("itemCode", code);
        body.put("applicantType", "PERSON");
        body.put("applicantName", "张伟");
        body.put("applicantIdNumber", ID_NUMBER);
        body.put("channel", "MOBILE");
        body.put("acceptingHall", Map.of("regionCode", REGION, "orgCode", HALL));
        body.put("materials", materials);
        return body;
    }

    /** Files one application outside any measured window; its id and number. */
    JsonNode submit(Api api) {
        return Api.expect(201, api.send(CITIZEN, "POST", "/api/v1/cases", Api.JSON.readTree(body),
                Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString())), "application for " + itemCode);
    }
}
