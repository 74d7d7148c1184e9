package cn.yiwang.catalog.metrics;

import cn.yiwang.catalog.CatalogIntegrationTest;
import cn.yiwang.catalog.Examples;
import cn.yiwang.catalog.guide.Guide;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.yiwang.catalog.Examples.MEI_COUNTY;
import static cn.yiwang.catalog.Examples.MEI_MARKET_REGULATION;
import static org.assertj.core.api.Assertions.assertThat;

/** Operations read the catalog's size and quality from the Prometheus endpoint (own database: exact numbers). */
@TestPropertySource(properties = "yiwang.catalog.metrics.refresh=0s")
class CatalogMetricsIT extends CatalogIntegrationTest {

    private double scraped(String metric) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher value = Pattern.compile("(?m)^" + metric + "\\{([^}]*)} (\\S+)$").matcher(response.body());
        assertThat(value.find()).as(metric + " in " + response.body().lines().filter(l -> l.contains("catalog")).toList())
                .isTrue();
        assertThat(value.group(1)).contains("service=\"catalog-service\"");
        return Double.parseDouble(value.group(2));
    }

    /** The complete guide with the complaint line as consultation line: publishable, but a warning-level failure. */
    private static Guide sharedPhones() {
        Guide base = Examples.completeGuide();
        return new Guide(base.acceptanceConditions(), base.serviceObjects(), base.handlingForms(), base.caseKind(),
                base.legalLimit(), base.promisedLimit(), base.fees(), base.processSteps(), base.materials(),
                base.result(), base.place(), base.hours(), base.complaintPhone(), base.complaintPhone(),
                base.onlineUrl(), base.onlineDepth(), base.visits(), base.visitReason(), base.crossRegionScope(),
                base.hallEntry(), base.notInHallReason(), base.nearbyDelegation(), base.highFrequency(), base.themes());
    }

    @Test
    void publishedItemsAndThePassRateFollowPublicationAndWithdrawal() throws Exception {
        assertThat(scraped("yiwang_catalog_items_published")).isZero();
        assertThat(scraped("yiwang_catalog_quality_pass_rate")).as("nothing published, no rate").isNaN();

        published("个体工商户注销登记", MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide());
        String withWarning = published("个体工商户变更登记", MEI_MARKET_REGULATION, MEI_COUNTY, "4", sharedPhones())
                .get("id").asString();
        assertThat(scraped("yiwang_catalog_items_published")).isEqualTo(2.0);
        assertThat(scraped("yiwang_catalog_quality_pass_rate")).isEqualTo(0.5);

        expect(post("/items/" + withWarning + "/withdraw", approver(MEI_COUNTY), Map.of("reason", "合并办理")), 200);
        assertThat(scraped("yiwang_catalog_items_published")).isEqualTo(1.0);
        assertThat(scraped("yiwang_catalog_quality_pass_rate")).isEqualTo(1.0);
    }
}
