package cn.yiwang.cases.item;

import cn.yiwang.cases.item.messaging.ItemPublishedV1;
import cn.yiwang.common.calendar.TimeLimit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** case-service's reader of {@code item.published}, against the example payload it was written for. */
class ItemPublishedV1Test {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theReaderTakesWhatACaseNeedsAndIgnoresTheRestOfTheGuide() throws IOException {
        PublishedItem item = read().toItem();

        assertThat(item.implementationCode()).isEqualTo("11610326MB2857143R4610300123000");
        assertThat(item.version()).isEqualTo(3);
        assertThat(item.legalLimit()).isEqualTo(TimeLimit.workingDays(20));
        assertThat(item.promisedLimit()).isEqualTo(TimeLimit.workingDays(10));
        assertThat(item.immediate()).isFalse();
        assertThat(item.resultCertificateType()).isEqualTo("11100000000013338W032");
        assertThat(item.materials()).hasSize(4);
        assertThat(item.materials().get(1).certificateType()).isEqualTo("11100000000013338W011");
        assertThat(item.materials().get(2).commitmentAllowed()).isTrue();
        assertThat(item.materials().get(3).gapAllowed()).isTrue();
    }

    @Test
    void anItemWithoutLimitsIsRefusedRatherThanFiledUnderGuessedRules() {
        ItemPublishedV1 incomplete = JSON.readValue("{\"implementationCode\":\"X\",\"name\":\"x\",\"version\":1}", ItemPublishedV1.class);

        assertThatThrownBy(incomplete::toItem).isInstanceOf(IllegalArgumentException.class);
    }

    private static ItemPublishedV1 read() throws IOException {
        try (InputStream in = ItemPublishedV1Test.class.getResourceAsStream("/contracts/catalog/item-published.json")) {
            return JSON.readValue(in, ItemPublishedV1.class);
        }
    }
}
