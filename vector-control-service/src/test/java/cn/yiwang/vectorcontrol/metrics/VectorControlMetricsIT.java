package cn.yiwang.vectorcontrol.metrics;

import cn.yiwang.common.test.ServiceIntegrationTest;
import cn.yiwang.common.test.Tokens;
import cn.yiwang.vectorcontrol.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code yiwang_vectorcontrol_places{district, level}} as Prometheus scrapes it. */
@ServiceIntegrationTest
class VectorControlMetricsIT {

    /** Taibai County (太白县): no other test works there. */
    private static final String TAIBAI = "610331";

    @LocalServerPort
    int port;
    @Value("${yiwang.api.base-path}")
    String basePath;

    Api api;
    Api actuator;

    @BeforeEach
    void setUp() {
        api = new Api(port, basePath);
        actuator = new Api(port, "");
    }

    @Test
    void keyPlacesAreCountedPerDistrictUnderTheDistrictsLatestControlLevel() {
        String aiwei = Tokens.forRoles("aiwei-officer").region(TAIBAI).bearer();
        for (String name : List.of("太白县农贸市场", "太白县汽车站")) {
            Api.Response registered = api.post("/places", aiwei, Map.of("unitCreditCode", "91610326MA6X00001B",
                    "unitName", "太白县市场服务中心", "name", name, "placeType", "FARMERS_MARKET",
                    "address", "太白县咀头镇" + name, "regionCode", TAIBAI, "responsiblePerson", "刘明",
                    "facilities", List.of("RAT_PROOF_BOARDS")));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> places(scrape(), "none"), count -> count != null && count == 2.0);

        String cdc = Tokens.forRoles("cdc-monitor").region(TAIBAI).bearer();
        String survey = api.post("/surveys", cdc, Map.of("regionCode", TAIBAI, "periodStart", "2026-04-01",
                "periodEnd", "2026-04-30")).json().get("id").asString();
        api.post("/surveys/" + survey + "/records", cdc, Map.of("records", List.of(Map.of("method", "RAT_OUTDOOR_PATH",
                "observedOn", "2026-04-10", "location", "咀头镇", "measures", Map.of("KM_WALKED", 2.5, "SIGNS_FOUND", 6)))));
        assertThat(api.post("/surveys/" + survey + "/evaluation", cdc, "").status()).isEqualTo(200);

        // 2.4 signs per km: rats at level B, the district's worst (and only) species.
        String scraped = await().atMost(Duration.ofSeconds(30)).until(this::scrape,
                text -> Double.valueOf(2.0).equals(places(text, "B")));
        assertThat(places(scraped, "none")).isNull();
    }

    private String scrape() {
        Api.Response response = actuator.get("/actuator/prometheus", null);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static Double places(String scraped, String level) {
        Matcher matcher = Pattern.compile("^yiwang_vectorcontrol_places\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE).matcher(scraped);
        while (matcher.find()) {
            if (matcher.group(1).contains("district=\"" + TAIBAI + "\"") && matcher.group(1).contains("level=\"" + level + "\"")) {
                return Double.valueOf(matcher.group(2));
            }
        }
        return null;
    }
}
