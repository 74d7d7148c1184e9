package cn.yiwang.deploy.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static cn.yiwang.deploy.local.TestPlatform.HTTP;
import static cn.yiwang.deploy.local.TestPlatform.JSON;
import static cn.yiwang.deploy.local.TestPlatform.claims;
import static cn.yiwang.deploy.local.TestPlatform.expect;
import static cn.yiwang.deploy.local.TestPlatform.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The local platform end to end with real parts: embedded PostgreSQL, KRaft Kafka, the real
 * Keycloak importing the versioned realm plus the demo users, catalog-service and the gateway from
 * the jars this build just packaged — all on free ports, so a running local platform is left alone.
 * A demo clerk logs in with the password grant and calls catalog-service through the gateway.
 * Last, closing the platform leaves none of the processes it started running.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPlatformIT {

    private static TestPlatform fixture;
    private static LocalPlatform platform;

    @BeforeAll
    static void startPlatform() {
        fixture = TestPlatform.start("it-platform", List.of(Component.CATALOG, Component.GATEWAY), Duration.ofSeconds(300),
                options -> { });
        platform = fixture.platform();
    }

    @AfterAll
    static void stopPlatform() {
        if (fixture != null) {
            fixture.close();
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
    void aDemoClerkCallsCatalogServiceThroughTheGateway() {
        TestPlatform.Response response = fixture.get("clerk.meixian", "/api/v1/catalog/session");

        JsonNode session = expect(200, response);
        assertThat(strings(session.path("roles"))).contains("window-clerk");
        assertThat(session.path("regionCode").asString()).isEqualTo("610326");
        assertThat(session.path("clientId").asString()).isEqualTo("yiwang-dev-cli");
    }

    @Test
    void aDemoCitizenMayNotDefineABasicItemTheServiceAnswersForbidden() {
        Map<String, Object> basicItem = Map.of("code", "610101001000", "name", "食品经营许可", "type", "01",
                "lineDepartment", "市场监管", "legalBasis", "《食品安全法》第三十五条", "levels", List.of("4"));

        TestPlatform.Response response = fixture.post("citizen.meixian", "/api/v1/catalog/basic-items", basicItem);

        // The gateway lets a valid token through; the service itself refuses the role (defence in depth).
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("urn:yiwang:problem:forbidden");
    }

    @Test
    void theGatewayRefusesACallWithoutAToken() {
        assertThat(fixture.get(null, "/api/v1/catalog/session").status()).isEqualTo(401);
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
        JsonNode claims = claims(fixture.clientCredentials("partner-meixian",
                platform.secrets().password("client.partner-meixian")));

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

    /**
     * Issue #11 "Faults": stopping the platform stops every child — the application JVMs, Keycloak
     * (its script and its JVM) and PostgreSQL (started detached by pg_ctl, so not a descendant of
     * this JVM) — gracefully or, after the grace period, by force.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void closingThePlatformLeavesNoProcessItStartedRunning() {
        List<ProcessHandle> started = platform.processes();
        assertThat(started.stream().map(p -> p.info().command().orElse("?")))
                .as("the platform's processes while it runs")
                .anySatisfy(command -> assertThat(command).endsWith("postgres"))
                .filteredOn(command -> command.endsWith("java")).hasSizeGreaterThanOrEqualTo(3);

        platform.close();

        assertThat(started).as("processes still alive after close()").noneMatch(ProcessHandle::isAlive);
        assertThat(platform.processes()).isEmpty();
        assertThat(fixture.work().resolve("postgres/postmaster.pid")).doesNotExist();
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

    private static JsonNode passwordGrant(String client, String username) {
        return fixture.passwordGrant(client, username);
    }

    private static HttpResponse<String> postToken(Map<String, String> form) {
        return fixture.postToken(form);
    }
}
