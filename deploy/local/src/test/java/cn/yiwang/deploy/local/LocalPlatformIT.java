package cn.yiwang.deploy.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The local platform end to end with real parts: embedded PostgreSQL, KRaft Kafka, the real
 * Keycloak importing the versioned realm plus the demo users, catalog-service and the gateway from
 * the jars this build just packaged — all on free ports, so a running local platform is left alone.
 * A demo clerk logs in with the password grant and calls catalog-service through the gateway.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class LocalPlatformIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static LocalPlatform platform;

    @BeforeAll
    static void startPlatform() throws IOException {
        Path root = Path.of(System.getProperty("yiwang.root", "../..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("yiwang.it.workdir", "target/it-platform")).toAbsolutePath();
        // Fresh data every run: the realm must be imported from the files in this commit.
        deleteDataButKeepKeycloakCopy(work);
        LocalPlatform.Options options = LocalPlatform.Options.defaults()
                .projectRoot(root)
                .dataDirectory(work)
                .freePorts()
                .components(List.of(Component.CATALOG, Component.GATEWAY))
                .readinessTimeout(Duration.ofSeconds(300));
        if (System.getProperty("yiwang.keycloak.distribution") != null) {
            options.keycloakDistribution(Path.of(System.getProperty("yiwang.keycloak.distribution")));
        }
        platform = LocalPlatform.start(options, System.out);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aDemoClerksTokenCarriesThePlatformAudienceHerRegionAndHerRole() throws Exception {
        JsonNode claims = claims(passwordGrant("yiwang-dev-cli", "clerk.meixian"));

        assertThat(claims.path("iss").asString()).isEqualTo(platform.keycloak().issuer(LocalPlatform.REALM));
        assertThat(strings(claims.path("aud"))).contains("yiwang-api");
        assertThat(claims.path("region_code").asString()).isEqualTo("610326");
        assertThat(claims.path("org_code").asString()).hasSize(18);
        assertThat(strings(claims.path("realm_access").path("roles"))).contains("window-clerk");
    }

    @Test
    void aDemoClerkCallsCatalogServiceThroughTheGateway() throws Exception {
        String token = passwordGrant("yiwang-dev-cli", "clerk.meixian").path("access_token").asString();

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(platform.baseUrl(Component.GATEWAY) + "/api/v1/catalog/session"))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode session = JSON.readTree(response.body());
        assertThat(strings(session.path("roles"))).contains("window-clerk");
        assertThat(session.path("regionCode").asString()).isEqualTo("610326");
        assertThat(session.path("clientId").asString()).isEqualTo("yiwang-dev-cli");
    }

    @Test
    void aDemoCitizenMayNotDefineABasicItemTheServiceAnswersForbidden() throws Exception {
        String token = passwordGrant("yiwang-dev-cli", "citizen.meixian").path("access_token").asString();
        String basicItem = "{\"code\":\"610101001000\",\"name\":\"食品经营许可\",\"type\":\"01\","
                + "\"lineDepartment\":\"市场监管\",\"legalBasis\":\"《食品安全法》第三十五条\",\"levels\":[\"4\"]}";

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(platform.baseUrl(Component.GATEWAY) + "/api/v1/catalog/basic-items"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(basicItem)).build(), HttpResponse.BodyHandlers.ofString());

        // The gateway lets a valid token through; the service itself refuses the role (defence in depth).
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("urn:yiwang:problem:forbidden");
    }

    @Test
    void theGatewayRefusesACallWithoutAToken() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(platform.baseUrl(Component.GATEWAY) + "/api/v1/catalog/session"))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aDemoCitizenIsRecognisedByTheKeyedHashOfHerIdNumberNotTheNumber() throws Exception {
        JsonNode claims = claims(passwordGrant("yiwang-dev-cli", "citizen.meixian"));

        String expected = RealmFiles.idHash(platform.secrets().key("personal-data.hash-key", 32), "610326198503122019");
        assertThat(claims.path("id_hash").asString()).isEqualTo(expected);
        assertThat(claims.toString()).doesNotContain("610326198503122019");
        assertThat(strings(claims.path("realm_access").path("roles"))).contains("citizen");
    }

    @Test
    void thePartnerSystemGetsItsCountyScopeFromItsOwnCredentials() throws Exception {
        JsonNode token = tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "partner-meixian",
                "client_secret", platform.secrets().password("client.partner-meixian")));
        JsonNode claims = claims(token);

        assertThat(strings(claims.path("aud"))).contains("yiwang-api");
        assertThat(claims.path("region_code").asString()).isEqualTo("610326");
        assertThat(strings(claims.path("realm_access").path("roles"))).contains("partner-system");
    }

    @Test
    void theProductionWebClientDoesNotAcceptPasswords() throws Exception {
        HttpResponse<String> response = postToken(Map.of("grant_type", "password", "client_id", "yiwang-web",
                "username", "clerk.meixian", "password", platform.demoPassword()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("unauthorized_client");
    }

    @Test
    void theOpsConsoleShowsInChromiumTheFiguresItsApiReportsWithoutConsoleErrors() throws Exception {
        assumeTrue(Chromium.available(), "Debian's chromium and chromium-driver are not installed; .ci/run installs them");
        String console = platform.baseUrl(Component.GATEWAY) + "/ops/";
        try (Chromium browser = Chromium.headless(Path.of("target/chromium-profile"))) {
            ChromeDriver page = browser.driver();
            page.get(console);
            // Two readings are needed before rates appear; every service row is there from the first.
            new WebDriverWait(page, Duration.ofSeconds(90)).until(d ->
                    !d.findElements(By.cssSelector("#services tbody tr")).isEmpty()
                            && !String.valueOf(d.findElement(By.tagName("body")).getAttribute("data-loaded")).isBlank());

            Shown shown = readingShownBy(page);
            JsonNode figures = shown.figures();
            assertThat(shown.upByService()).hasSize(figures.path("services").size()).hasSize(7);
            shown.upByService().forEach((name, up) ->
                    assertThat(up).as(name).isEqualTo(String.valueOf(serviceNamed(figures, name).path("up").asBoolean())));
            // This test starts only Keycloak, catalog-service and the gateway: the others show as down.
            assertThat(shown.upByService()).containsEntry("gateway", "true").containsEntry("catalog-service", "true")
                    .containsEntry("case-service", "false");
            assertThat(page.findElement(By.cssSelector("tr[data-service='case-service'] td.status")).getText())
                    .isEqualTo("不可用");
            assertThat(shown.cards()).isNotEmpty();
            shown.cards().forEach((figure, value) -> {
                JsonNode expected = figures.path("business").at("/" + figure.replace('.', '/'));
                if (expected.isMissingNode() || expected.isNull()) {
                    assertThat(value).as(figure).isEmpty();
                } else {
                    assertThat(value).as(figure).isNotEmpty();
                    assertThat(Double.parseDouble(value)).as(figure).isEqualTo(expected.asDouble());
                }
            });

            // The published-items card is catalog-service's own count: it settles on its public search's total
            // (the demo catalogue may still be loading, and the gauge is refreshed every 30 s).
            new WebDriverWait(page, Duration.ofSeconds(120)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
                String figure = d.findElement(By.cssSelector("[data-figure='catalog.publishedItems']")).getAttribute("data-raw");
                return figure != null && Double.parseDouble(figure) > 0 && Double.parseDouble(figure) == publishedItemsByTheCatalogApi();
            });

            page.findElement(By.id("language")).click();
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Yiwang operations console");
            assertThat(page.findElement(By.cssSelector("tr[data-service='case-service'] td.status")).getText())
                    .isEqualTo("Down");

            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** What the page showed for one reading, and the API's document of that same reading. */
    record Shown(JsonNode figures, Map<String, String> upByService, Map<String, String> cards) {
    }

    /**
     * The page and the gateway's collector each run on their own 5 s beat, so the page may show the
     * reading before the latest for most of a beat (or, phase-locked, always). The API is read first,
     * then the page is reloaded — it fetches on load — and its figures are read between two looks at
     * the time of the reading it shows; when a new reading came in between, this is tried again.
     */
    private static Shown readingShownBy(ChromeDriver page) throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(platform.baseUrl(Component.GATEWAY) + "/ops/api/figures"))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode figures = JSON.readTree(response.body());
            page.navigate().refresh();
            new WebDriverWait(page, Duration.ofSeconds(30)).until(d ->
                    !String.valueOf(d.findElement(By.tagName("body")).getAttribute("data-loaded")).isBlank()
                            && !d.findElements(By.cssSelector("#services tbody tr")).isEmpty());
            String before = page.findElement(By.tagName("body")).getAttribute("data-loaded");
            Map<String, String> up = new java.util.LinkedHashMap<>();
            page.findElements(By.cssSelector("#services tbody tr"))
                    .forEach(row -> up.put(row.getAttribute("data-service"), row.getAttribute("data-up")));
            Map<String, String> cards = new java.util.LinkedHashMap<>();
            for (WebElement card : page.findElements(By.cssSelector("[data-figure]"))) {
                String raw = card.getAttribute("data-raw");
                cards.put(card.getAttribute("data-figure"), raw == null ? "" : raw);
                if (raw == null) {
                    assertThat(card.getText()).as("a figure without data shows a dash").isEqualTo("—");
                }
            }
            String after = page.findElement(By.tagName("body")).getAttribute("data-loaded");
            if (before.equals(after) && figures.path("collectedAt").asString().equals(after)) {
                return new Shown(figures, up, cards);
            }
        }
        throw new AssertionError("the page and the API never showed the same reading");
    }

    private static double publishedItemsByTheCatalogApi() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                            platform.baseUrl(Component.GATEWAY) + "/api/v1/catalog/public/items?size=1"))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()).path("total").asDouble() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static JsonNode serviceNamed(JsonNode figures, String name) {
        for (JsonNode service : figures.path("services")) {
            if (service.path("name").asString().equals(name)) {
                return service;
            }
        }
        throw new AssertionError(name + " is not in " + figures.path("services"));
    }

    private static JsonNode passwordGrant(String client, String username) throws Exception {
        return tokenRequest(Map.of("grant_type", "password", "client_id", client, "username", username,
                "password", platform.demoPassword()));
    }

    private static JsonNode tokenRequest(Map<String, String> form) throws Exception {
        HttpResponse<String> response = postToken(form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> postToken(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(platform.keycloak().tokenEndpoint(LocalPlatform.REALM)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode claims(JsonNode tokenResponse) {
        String[] parts = tokenResponse.path("access_token").asString().split("\\.");
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

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
