package cn.yiwang.catalog;

import cn.yiwang.common.test.ServiceIntegrationTest;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Base of the catalog's integration tests: the whole service with its real database, driven over
 * HTTP with real tokens. All subclasses share one application context (and database), so each
 * test makes its own basic items with {@link #nextBasicCode(String)}.
 */
@ServiceIntegrationTest
@Import(CatalogIntegrationTest.RecordedEvents.class)
public abstract class CatalogIntegrationTest {

    public static final String BASE = "/api/v1/catalog";
    private static final AtomicInteger MAIN_ITEMS = new AtomicInteger(1);

    @LocalServerPort
    protected int port;

    @Autowired
    protected RecordedEvents events;

    protected final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    /** Records the catalog's own application events as they are published. */
    public static class RecordedEvents {

        private final List<Object> published = new CopyOnWriteArrayList<>();

        @EventListener
        void on(Object event) {
            if (event.getClass().getName().startsWith("cn.yiwang.catalog")) {
                published.add(event);
            }
        }

        public <T> List<T> ofType(Class<T> type) {
            return published.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private static volatile boolean issuerReached;

    /**
     * The resource server fetches the issuer's metadata lazily on the first token it sees; on a busy
     * two-core machine that first fetch can time out and turn one request into a 500. Warm it up
     * once, so no test depends on winning that race.
     */
    @BeforeEach
    void reachTheTokenIssuerOnce() throws Exception {
        for (int attempt = 0; attempt < 5 && !issuerReached; attempt++) {
            issuerReached = get("/session", Tokens.forRoles("citizen").bearer()).status() == 200;
        }
    }

    /** A fresh basic code of the given type in Shaanxi (61): unique per test JVM. */
    protected static String nextBasicCode(String type) {
        return "61" + type + String.format("%05d", MAIN_ITEMS.getAndIncrement()) + "000";
    }

    protected static String catalogAdmin() {
        return Tokens.forRoles("catalog-admin").region("610000").subject("catalog-admin-1").bearer();
    }

    protected static String deptAdmin(String org, String region) {
        return Tokens.forRoles("dept-admin").region(region).org(org).subject("dept-admin-" + org).bearer();
    }

    protected static String approver(String region) {
        return Tokens.forRoles("approver").region(region).subject("approver-" + region).bearer();
    }

    /** Defines a licensing basic item applicable at county and city level; returns its code. */
    protected String basicItem(String name) throws Exception {
        String code = nextBasicCode("01");
        Response created = post("/basic-items", catalogAdmin(), Map.of("code", code, "name", name, "type", "01",
                "lineDepartment", "市场监督管理局", "legalBasis", "《中华人民共和国行政许可法》", "levels", List.of("3", "4")));
        if (created.status() != 201) {
            throw new IllegalStateException("basic item not created: " + created.body());
        }
        return code;
    }

    protected Response claim(String token, String basicCode, String org, String region, String level, Object guide)
            throws Exception {
        return claim(token, basicCode, org, region, level, guide, "市场监督管理局");
    }

    protected Response claim(String token, String basicCode, String org, String region, String level, Object guide,
                             String department) throws Exception {
        return post("/items", token, Map.of("basicCode", basicCode, "regionCode", region, "implementingBody",
                "眉县市场监督管理局", "bodyCreditCode", org, "level", level, "department", department, "guide", guide));
    }

    /** Claims, submits, approves and publishes an item; returns the published working copy. */
    protected JsonNode published(String name, String org, String region, String level, Object guide) throws Exception {
        return published(name, org, region, level, guide, "市场监督管理局");
    }

    protected JsonNode published(String name, String org, String region, String level, Object guide, String department)
            throws Exception {
        String basic = basicItem(name);
        Response claimed = claim(deptAdmin(org, region), basic, org, region, level, guide, department);
        if (claimed.status() != 201) {
            throw new IllegalStateException("claim failed: " + claimed.body());
        }
        String id = claimed.json().get("id").asString();
        expect(post("/items/" + id + "/submit", deptAdmin(org, region), null), 200);
        expect(post("/items/" + id + "/approve", approver(region), Map.of("text", "同意")), 200);
        return expect(post("/items/" + id + "/publish", approver(region), null), 200).json();
    }

    protected Response expect(Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response.status() + ": " + response.body());
        }
        return response;
    }

    protected Response get(String path, String token) throws Exception {
        return send("GET", path, token, null, Map.of());
    }

    protected Response post(String path, String token, Object body) throws Exception {
        return send("POST", path, token, body, Map.of());
    }

    protected Response put(String path, String token, Object body, String ifMatch) throws Exception {
        return send("PUT", path, token, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    protected Response send(String method, String path, String token, Object body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + BASE + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", token);
        }
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null),
                json);
    }

    public record Response(int status, String body, String etag, JsonMapper mapper) {

        public JsonNode json() {
            return mapper.readTree(body);
        }
    }
}
