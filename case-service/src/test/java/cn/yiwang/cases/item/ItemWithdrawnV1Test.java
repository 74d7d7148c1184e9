package cn.yiwang.cases.item;

import cn.yiwang.cases.item.messaging.ItemWithdrawnV1;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemWithdrawnV1Test {

    /** catalog-service's own example, read from its module: a change there is read here. */
    static final Path EXAMPLE = Path.of("../catalog-service/src/main/resources/contracts/events/item.withdrawn.json");

    @Test
    void catalogServicesWithdrawnExampleReadsAsTheWithdrawnVersionWithWhenAndWhy() throws Exception {
        ItemWithdrawnV1 event = JsonMapper.builder().build().readValue(Files.readString(EXAMPLE), ItemWithdrawnV1.class);
        PublishedItem item = event.toItem();

        assertThat(item.implementationCode()).isEqualTo("11610326MB0000001M4610100100000");
        assertThat(item.version()).isEqualTo(2);
        assertThat(item.name()).isEqualTo("个体工商户设立登记");
        assertThat(event.reason()).isEqualTo("事项已取消");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-06-30T08:00:00Z"));
    }

    @Test
    void aWithdrawalWhoseGuideIsOfAnotherVersionIsNotRead() throws Exception {
        String text = Files.readString(EXAMPLE).replace("\"version\": 2,\n  \"reason\"", "\"version\": 3,\n  \"reason\"");
        ItemWithdrawnV1 event = JsonMapper.builder().build().readValue(text, ItemWithdrawnV1.class);

        assertThat(event.version()).isEqualTo(3);
        assertThatThrownBy(event::toItem).isInstanceOf(IllegalArgumentException.class);
    }
}
