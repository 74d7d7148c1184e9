package cn.yiwang.cases.item;

import cn.yiwang.cases.item.messaging.CatalogGuideV1;
import cn.yiwang.common.calendar.TimeLimit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** case-service's reader of the service guide as catalog-service really publishes it (a copy of its contract example). */
class CatalogGuideV1Test {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void catalogServicesItemPublishedExampleReadsAsAnItemACaseCanBeFiledUnder() throws Exception {
        JsonNode event = JSON.readTree(java.nio.file.Files.newInputStream(java.nio.file.Path.of("../catalog-service/src/main/resources/contracts/events/item.published.json")));
        PublishedItem item = JSON.treeToValue(event.get("guide"), CatalogGuideV1.class).toItem();

        assertThat(item.implementationCode()).isEqualTo("11610326MB0000001M4610100100000");
        assertThat(item.name()).isEqualTo("个体工商户设立登记");
        assertThat(item.version()).isEqualTo(2);
        assertThat(item.implementingBodyCode()).isEqualTo("11610326MB0000001M");
        assertThat(item.legalLimit()).isEqualTo(TimeLimit.workingDays(20));
        assertThat(item.promisedLimit()).isEqualTo(TimeLimit.workingDays(5));
        assertThat(item.immediate()).isFalse();
        assertThat(item.resultCertificateType()).isEqualTo("11100000000013338W011");
        assertThat(item.materials()).extracting(requirement -> requirement.code()).startsWith("id-card");
        assertThat(item.materials().get(0).certificateType()).isEqualTo("11100000000013338W001");
    }

    @Test
    void aGuideWithoutLimitsIsRefusedRatherThanFiledUnderGuessedRules() {
        CatalogGuideV1 incomplete = JSON.readValue("{\"code\":\"X\",\"name\":\"x\",\"version\":1,\"guide\":{\"caseKind\":\"PROMISED\"}}",
                CatalogGuideV1.class);
        assertThatThrownBy(incomplete::toItem).isInstanceOf(IllegalArgumentException.class);
    }
}
