package cn.yiwang.bench.backend;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

@RestController
class BenchEndpoints {

    private static final Map<String, String> PONG = Map.of("status", "ok");

    private final PublishedGuides guides;

    BenchEndpoints(PublishedGuides guides) {
        this.guides = guides;
    }

    /** Nothing behind it: the gateway's cost is all there is to see. */
    @GetMapping("/api/v1/catalog/public/ping")
    Map<String, String> ping() {
        return PONG;
    }

    /** As catalog-service answers {@code GET /public/items/{code}}: cacheable for a minute, with an ETag. */
    @GetMapping("/api/v1/catalog/public/items/{code}")
    ResponseEntity<JsonNode> guide(@PathVariable String code) {
        return guides.current(code)
                .map(guide -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
                        .eTag("\"" + code + "-" + guide.get("version").asInt() + "\"")
                        .body(guide))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
