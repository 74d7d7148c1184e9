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

    /** Two published items in Mei County and a published bundle of them; returns the bundle id. */
    private String publishedBundle(String name, String first, String second) throws Exception {
        String licence = published(first, MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide(), "市场监督管理局")
                .get("code").asString();
        String invoice = published(second, MEI_TAX, MEI_COUNTY, "4", Examples.fullyOnlineGuide(), "税务局")
                .get("code").asString();
        String id = expect(post("/bundles", approver(MEI_COUNTY), bundle(name, "市场监督管理局", List.of(licence, invoice))),
                201).json().get("id").asString();
        expect(post("/bundles/" + id + "/publish", approver(MEI_COUNTY), null), 200);
        return id;
    }

    private static List<String> codes(JsonNode bundleView) {
        List<String> codes = new java.util.ArrayList<>();
        bundleView.get("itemCodes").forEach(code -> codes.add(code.asString()));
        return codes;
    }

    private static Map<String, Object> revision(String name, String lead, List<String> codes) {
        return Map.of("name", name, "leadDepartment", lead, "description", name + "（调整）", "itemCodes", codes);
    }

    @Test
    void aRevisedBundleStaysPublicAsItWasUntilItsNextVersionIsPublishedWithFormAndMaterialsRebuilt() throws Exception {
        String id = publishedBundle("企业开办", "公司设立登记", "税务登记");
        String fireCheck = published("公众聚集场所投入使用营业前消防安全检查", MEI_MARKET_REGULATION, MEI_COUNTY, "4",
                Examples.withMaterials(Examples.completeGuide(), List.of(Examples.idCard(),
                        Examples.applicationForm("消防安全检查"))), "市场监督管理局").get("code").asString();
        Response definition = expect(get("/bundles/" + id, approver(MEI_COUNTY)), 200);
        List<String> members = codes(definition.json());
        members.add(fireCheck);
        Map<String, Object> change = revision("企业开办和准营", "市场监督管理局", members);

        assertThat(put("/bundles/" + id, approver(MEI_COUNTY), change, null).status()).as("no If-Match").isEqualTo(428);
        assertThat(put("/bundles/" + id, approver(MEI_COUNTY), change, "\"999\"").status()).as("stale").isEqualTo(412);
        JsonNode revised = expect(put("/bundles/" + id, approver(MEI_COUNTY), change, definition.etag()), 200).json();
        assertThat(revised.get("status").asString()).isEqualTo("DRAFT");
        assertThat(revised.get("itemCodes")).hasSize(3);
        assertThat(put("/bundles/" + id, approver(MEI_COUNTY), change, definition.etag()).status())
                .as("the same tag twice: somebody changed it in between").isEqualTo(412);

        JsonNode stillPublic = expect(get("/public/bundles/" + id, null), 200).json();
        assertThat(stillPublic.get("version").asInt()).isEqualTo(1);
        assertThat(stillPublic.get("name").asString()).isEqualTo("企业开办");
        assertThat(stillPublic.get("items")).hasSize(2);

        JsonNode second = expect(post("/bundles/" + id + "/publish", approver(MEI_COUNTY), null), 200).json();
        assertThat(second.get("version").asInt()).isEqualTo(2);
        JsonNode current = expect(get("/public/bundles/" + id, null), 200).json();
        assertThat(current.get("name").asString()).isEqualTo("企业开办和准营");
        assertThat(current.get("items")).hasSize(3);
        assertThat(current.get("materials").findValuesAsString("key")).as("the new member's form, asked once")
                .containsOnlyOnce("form-消防安全检查", "id-card");
        assertThat(current.at("/materials/0/usedBy")).as("the ID card serves all three").hasSize(3);
        assertThat(expect(get("/public/bundles/" + id + "/versions/1", null), 200).json().get("items"))
                .as("the first version is kept as it was").hasSize(2);
        assertThat(get("/public/bundles/" + id + "/versions/3", null).status()).isEqualTo(404);
    }

    @Test
    void aRevisionWithUnpublishedMembersOrAForeignLeadIsRefusedAndChangesNothing() throws Exception {
        String id = publishedBundle("员工录用", "招用员工登记", "社会保险参保登记");
        Response definition = expect(get("/bundles/" + id, approver(MEI_COUNTY)), 200);
        String draft = MEI_TAX + "4" + nextBasicCode("01");
        Response refused = put("/bundles/" + id, approver(MEI_COUNTY),
                revision("员工录用", "卫生健康局", List.of(draft)), definition.etag());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().findValuesAsString("field")).containsExactly("itemCodes", "itemCodes[0]");
        assertThat(expect(get("/bundles/" + id, approver(MEI_COUNTY)), 200).etag()).isEqualTo(definition.etag());
    }

    @Test
    void aWithdrawnBundleLeavesTheCatalogKeepsItsHistoryAndIsAnnounced() throws Exception {
        String id = publishedBundle("企业简易注销", "企业注销登记", "清税证明开具");
        Map<String, Object> reason = Map.of("reason", "并入“企业注销”一件事");
        assertThat(post("/bundles/" + id + "/withdraw", deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY), reason).status())
                .as("a department administrator does not maintain bundles").isEqualTo(403);
        assertThat(post("/bundles/" + id + "/withdraw", approver(Examples.PINGLI), reason).status())
                .as("nor does another region's approver").isEqualTo(403);

        JsonNode withdrawn = expect(post("/bundles/" + id + "/withdraw", approver(MEI_COUNTY), reason), 200).json();
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(get("/public/bundles/" + id, null).status()).isEqualTo(404);
        assertThat(expect(get("/public/bundles?region=610326", null), 200).json().findValuesAsString("bundleId"))
                .doesNotContain(id);
        assertThat(expect(get("/public/bundles/" + id + "/versions/1", null), 200).json().get("name").asString())
                .isEqualTo("企业简易注销");
        assertThat(post("/bundles/" + id + "/withdraw", approver(MEI_COUNTY), reason).status())
                .as("nothing left to withdraw").isEqualTo(409);

        ConsumerRecord<String, String> record = EventContracts.awaitRecord(BundleEventsV1.TOPIC, id,
                BundleEventsV1.BundleWithdrawn.TYPE);
        JsonNode event = EventContracts.parse(record.value());
        assertThat(event.get("version").asInt()).isEqualTo(1);
        assertThat(event.get("reason").asString()).isEqualTo("并入“企业注销”一件事");
        assertThat(event.at("/bundle/version").asInt()).as("the withdrawn version, in full").isEqualTo(1);
        assertThat(event.at("/bundle/name").asString()).isEqualTo("企业简易注销");
        assertThat(event.at("/bundle/items").size()).isEqualTo(2);
        assertThat(EventContracts.paths(event))
                .isEqualTo(EventContracts.paths(EventContracts.example("bundle.withdrawn.json")));

        JsonNode again = expect(post("/bundles/" + id + "/publish", approver(MEI_COUNTY), null), 200).json();
        assertThat(again.get("version").asInt()).as("published again as a new version").isEqualTo(2);
        assertThat(expect(get("/public/bundles/" + id, null), 200).json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void onlyTheRegionsMaintainersReadOrReviseABundleDefinition() throws Exception {
        String id = publishedBundle("灵活就业", "灵活就业人员登记", "灵活就业人员参保");
        Response definition = expect(get("/bundles/" + id, catalogAdmin()), 200);
        assertThat(get("/bundles/" + id, deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY)).status()).isEqualTo(403);
        assertThat(get("/bundles/" + id, null).status()).isEqualTo(401);
        Map<String, Object> change = revision("灵活就业", "市场监督管理局",
                codes(definition.json()));
        assertThat(put("/bundles/" + id, approver(Examples.PINGLI), change, definition.etag()).status()).isEqualTo(403);
        assertThat(put("/bundles/" + id, catalogAdmin(), change, definition.etag()).status()).isEqualTo(200);
    }
}
