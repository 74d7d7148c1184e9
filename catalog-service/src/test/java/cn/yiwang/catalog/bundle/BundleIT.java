package cn.yiwang.catalog.bundle;

import cn.yiwang.catalog.CatalogIntegrationTest;
import cn.yiwang.catalog.EventContracts;
import cn.yiwang.catalog.Examples;
import cn.yiwang.catalog.bundle.messaging.BundleEventsV1;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static cn.yiwang.catalog.Examples.MEI_COUNTY;
import static cn.yiwang.catalog.Examples.MEI_MARKET_REGULATION;
import static cn.yiwang.catalog.Examples.MEI_TAX;
import static org.assertj.core.api.Assertions.assertThat;

class BundleIT extends CatalogIntegrationTest {

    private Map<String, Object> bundle(String name, String lead, List<String> codes) {
        return Map.of("name", name, "regionCode", MEI_COUNTY, "leadDepartment", lead,
                "description", name + "一件事一次办", "itemCodes", codes);
    }

    @Test
    void aPublishedBundleOffersOneFormAndOneSetOfMaterialsToEverybody() throws Exception {
        String licence = published("企业设立登记", MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide(), "市场监督管理局")
                .get("code").asString();
        String invoice = published("发票领用", MEI_TAX, MEI_COUNTY, "4", Examples.fullyOnlineGuide(), "税务局")
                .get("code").asString();

        Response defined = expect(post("/bundles", approver(MEI_COUNTY),
                bundle("企业开办", "市场监督管理局", List.of(licence, invoice))), 201);
        String id = defined.json().get("id").asString();
        assertThat(get("/public/bundles/" + id, null).status()).as("not published yet").isEqualTo(404);

        JsonNode published = expect(post("/bundles/" + id + "/publish", approver(MEI_COUNTY), null), 200).json();
        assertThat(published.get("version").asInt()).isEqualTo(1);

        JsonNode bundle = expect(get("/public/bundles/" + id, null), 200).json();
        assertThat(bundle.get("leadDepartment").asString()).isEqualTo("市场监督管理局");
        assertThat(bundle.at("/items/1/code").asString()).isEqualTo(invoice);
        // Both items ask for the ID card, the application form and the premises proof: once each.
        assertThat(bundle.get("materials")).hasSize(3);
        assertThat(bundle.at("/materials/0/usedBy")).hasSize(2);
        assertThat(bundle.at("/form/0/key").asString()).isEqualTo("applicant.name");
        assertThat(bundle.get("promisedLimitDays").asInt()).isEqualTo(5);

        JsonNode inMeiCounty = expect(get("/public/bundles?region=610326", null), 200).json();
        assertThat(inMeiCounty.findValuesAsString("bundleId")).contains(id);

        ConsumerRecord<String, String> record = EventContracts.awaitRecord(BundleEventsV1.TOPIC, id,
                BundleEventsV1.BundlePublished.TYPE);
        assertThat(EventContracts.paths(EventContracts.parse(record.value())))
                .isEqualTo(EventContracts.paths(EventContracts.example("bundle.published.json")));
    }

    @Test
    void aBundleOfUnpublishedItemsOrWithAForeignLeadIsRefused() throws Exception {
        String licence = published("食品经营许可（仅销售预包装食品）", MEI_MARKET_REGULATION, MEI_COUNTY, "4",
                Examples.completeGuide(), "市场监督管理局").get("code").asString();
        String draft = MEI_TAX + "4" + nextBasicCode("01");
        Response refused = post("/bundles", approver(MEI_COUNTY), bundle("企业准营", "卫生健康局", List.of(licence, draft)));
        assertThat(refused.status()).isEqualTo(422);
        List<String> fields = refused.json().findValuesAsString("field");
        assertThat(fields).containsExactly("itemCodes[1]", "leadDepartment");
    }

    @Test
    void onlyCatalogAdministratorsAndTheRegionsApproversMaintainBundles() throws Exception {
        String first = published("员工录用登记", MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide(), "市场监督管理局")
                .get("code").asString();
        String second = published("员工参保登记", MEI_TAX, MEI_COUNTY, "4", Examples.completeGuide(), "税务局")
                .get("code").asString();
        Map<String, Object> definition = bundle("员工录用", "市场监督管理局", List.of(first, second));
        assertThat(post("/bundles", deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY), definition).status()).isEqualTo(403);
        assertThat(post("/bundles", approver(Examples.PINGLI), definition).status()).isEqualTo(403);
        assertThat(post("/bundles", catalogAdmin(), definition).status()).isEqualTo(201);
    }
}
