package cn.yiwang.catalog.item.messaging;

import cn.yiwang.catalog.CatalogIntegrationTest;
import cn.yiwang.catalog.EventContracts;
import cn.yiwang.catalog.Examples;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static cn.yiwang.catalog.Examples.MEI_COUNTY;
import static cn.yiwang.catalog.Examples.MEI_TAX;
import static org.assertj.core.api.Assertions.assertThat;

/** What catalog.item.v1 really carries matches the examples consumers build their readers on. */
class ItemEventsContractIT extends CatalogIntegrationTest {

    @Test
    void itemPublishedCarriesTheWholeGuideAsInTheExample() throws Exception {
        JsonNode item = published("纳税信用等级评定", MEI_TAX, MEI_COUNTY, "4", Examples.completeGuide());
        String id = item.get("id").asString();
        // A second version, so that supersededVersion is filled like in the example.
        expect(post("/items/" + id + "/change-requests", deptAdmin(MEI_TAX, MEI_COUNTY), Map.of("reason", "更新")), 200);
        expect(post("/items/" + id + "/submit", deptAdmin(MEI_TAX, MEI_COUNTY), null), 200);
        expect(post("/items/" + id + "/approve", approver(MEI_COUNTY), null), 200);
        expect(post("/items/" + id + "/publish", approver(MEI_COUNTY), null), 200);

        ConsumerRecord<String, String> record = awaitVersion(id, 2);
        assertThat(EventContracts.header(record, "ce_source")).hasValue("/yiwang/catalog-service");
        assertThat(EventContracts.header(record, "ce_subject")).hasValue(id);
        JsonNode sent = EventContracts.parse(record.value());
        assertThat(sent.at("/guide/code").asString()).isEqualTo(item.get("code").asString());
        assertThat(sent.get("supersededVersion").asInt()).isEqualTo(1);
        assertThat(EventContracts.paths(sent)).isEqualTo(EventContracts.paths(EventContracts.example("item.published.json")));
    }

    @Test
    void itemWithdrawnIsAsInTheExample() throws Exception {
        JsonNode item = published("增值税发票核定", MEI_TAX, MEI_COUNTY, "4", Examples.completeGuide());
        String id = item.get("id").asString();
        expect(post("/items/" + id + "/withdraw", approver(MEI_COUNTY), Map.of("reason", "并入其他事项")), 200);

        ConsumerRecord<String, String> record = EventContracts.awaitRecord(ItemEventsV1.TOPIC, id,
                ItemEventsV1.ItemWithdrawn.TYPE);
        JsonNode sent = EventContracts.parse(record.value());
        assertThat(sent.get("reason").asString()).isEqualTo("并入其他事项");
        assertThat(sent.at("/guide/version").asInt()).as("the withdrawn version, in full").isEqualTo(sent.get("version").asInt());
        assertThat(sent.at("/guide/code").asString()).isEqualTo(item.get("code").asString());
        assertThat(sent.at("/guide/guide/materials")).isNotEmpty();
        assertThat(EventContracts.paths(sent)).isEqualTo(EventContracts.paths(EventContracts.example("item.withdrawn.json")));
    }

    private static ConsumerRecord<String, String> awaitVersion(String id, int version) {
        return EventContracts.awaitRecord(ItemEventsV1.TOPIC, id, ItemEventsV1.ItemPublished.TYPE,
                value -> value.at("/guide/version").asInt() == version);
    }
}
