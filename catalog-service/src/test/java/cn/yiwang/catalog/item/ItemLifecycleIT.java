package cn.yiwang.catalog.item;

import cn.yiwang.catalog.CatalogIntegrationTest;
import cn.yiwang.catalog.Examples;
import cn.yiwang.catalog.item.messaging.ItemEventsV1;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static cn.yiwang.catalog.Examples.MEI_COUNTY;
import static cn.yiwang.catalog.Examples.MEI_MARKET_REGULATION;
import static org.assertj.core.api.Assertions.assertThat;

class ItemLifecycleIT extends CatalogIntegrationTest {

    private final String editor = deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY);
    private final String reviewer = approver(MEI_COUNTY);

    @Test
    void aClaimedItemGoesFromDraftThroughReviewToAPublicGuide() throws Exception {
        String basic = basicItem("个体工商户设立登记");
        Response claimed = expect(claim(editor, basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide()), 201);
        JsonNode draft = claimed.json();
        String id = draft.get("id").asString();
        String code = draft.get("code").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(code).isEqualTo(MEI_MARKET_REGULATION + "4" + basic);
        assertThat(get("/public/items/" + code, null).status()).isEqualTo(404);

        assertThat(expect(post("/items/" + id + "/submit", editor, null), 200).json().get("status").asString())
                .isEqualTo("SUBMITTED");
        assertThat(expect(post("/items/" + id + "/approve", reviewer, Map.of("text", "要素齐全")), 200).json()
                .get("status").asString()).isEqualTo("APPROVED");
        JsonNode published = expect(post("/items/" + id + "/publish", reviewer, null), 200).json();
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedVersion").asInt()).isEqualTo(1);

        JsonNode guide = expect(get("/public/items/" + code, null), 200).json();
        assertThat(guide.get("name").asString()).isEqualTo("个体工商户设立登记");
        assertThat(guide.get("version").asInt()).isEqualTo(1);
        assertThat(guide.get("regionName").asString()).isEqualTo("眉县");
        assertThat(guide.at("/guide/materials/0/certificateType").asString()).isEqualTo("11100000000013338W001");
        assertThat(guide.at("/guide/promisedLimit/value").asInt()).isEqualTo(5);
    }

    @Test
    void aChangeRequestPublishesANewVersionThatSupersedesTheOldOne() throws Exception {
        JsonNode first = published("食品经营许可", MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide());
        String id = first.get("id").asString();
        String code = first.get("code").asString();

        Response reopened = expect(post("/items/" + id + "/change-requests", editor, Map.of("reason", "压缩承诺时限")), 200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(reopened.json().at("/changeRequests/0/status").asString()).isEqualTo("OPEN");
        // While the change is under way the public keeps reading version 1.
        assertThat(expect(get("/public/items/" + code, null), 200).json().get("version").asInt()).isEqualTo(1);

        var faster = Examples.withLimits(Examples.completeGuide(), cn.yiwang.catalog.guide.TimeLimit.workingDays(20),
                cn.yiwang.catalog.guide.TimeLimit.workingDays(3));
        expect(put("/items/" + id, editor, Map.of("guide", faster), reopened.etag()), 200);
        expect(post("/items/" + id + "/submit", editor, null), 200);
        expect(post("/items/" + id + "/approve", reviewer, null), 200);
        JsonNode second = expect(post("/items/" + id + "/publish", editor, null), 200).json();
        assertThat(second.get("publishedVersion").asInt()).isEqualTo(2);
        assertThat(second.at("/changeRequests/0/status").asString()).isEqualTo("PUBLISHED");
        assertThat(second.at("/changeRequests/0/decidedBy").asString()).isEqualTo("approver-610326");

        JsonNode current = expect(get("/public/items/" + code, null), 200).json();
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.at("/guide/promisedLimit/value").asInt()).isEqualTo(3);
        assertThat(expect(get("/public/items/" + code + "/versions/1", null), 200).json()
                .at("/guide/promisedLimit/value").asInt()).isEqualTo(5);
        JsonNode history = expect(get("/items/" + id + "/versions", editor), 200).json();
        assertThat(history.get(0).get("state").asString()).isEqualTo("SUPERSEDED");
        assertThat(history.get(1).get("state").asString()).isEqualTo("CURRENT");

        ItemEventsV1.ItemPublished event = events.ofType(ItemEventsV1.ItemPublished.class).stream()
                .filter(e -> e.guide().code().equals(code) && e.guide().version() == 2).findFirst().orElseThrow();
        assertThat(event.supersededVersion()).isEqualTo(1);
        assertThat(event.guide().guide().promisedLimit().value()).isEqualTo(3);
    }

    @Test
    void withdrawalTakesTheGuideOffTheCatalogButKeepsItsHistory() throws Exception {
        JsonNode item = published("户外广告设施设置许可", MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide());
        String id = item.get("id").asString();
        String code = item.get("code").asString();

        JsonNode withdrawn = expect(post("/items/" + id + "/withdraw", reviewer, Map.of("reason", "事项已取消")), 200).json();
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(get("/public/items/" + code, null).status()).isEqualTo(404);
        assertThat(expect(get("/public/items/" + code + "/versions/1", null), 200).json().get("name").asString())
                .isEqualTo("户外广告设施设置许可");
        assertThat(expect(get("/items/" + id + "/versions", editor), 200).json().get(0).get("state").asString())
                .isEqualTo("WITHDRAWN");
        assertThat(events.ofType(ItemEventsV1.ItemWithdrawn.class)).anySatisfy(event -> {
            assertThat(event.code()).isEqualTo(code);
            assertThat(event.reason()).isEqualTo("事项已取消");
        });
        assertThat(post("/items/" + id + "/withdraw", reviewer, Map.of("reason", "again")).status()).isEqualTo(409);
    }

    @Test
    void aSearchAskedJustBeforeAPublicationOrAWithdrawalShowsTheChangeAtOnce() throws Exception {
        String search = "/public/items?region=" + MEI_COUNTY + "&keyword="
                + java.net.URLEncoder.encode("公墓建设审批", java.nio.charset.StandardCharsets.UTF_8);
        assertThat(expect(get(search, null), 200).json().get("total").asLong()).as("asked, and kept a while").isZero();

        JsonNode item = published("经营性公墓建设审批", MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide());
        JsonNode found = expect(get(search, null), 200).json();
        assertThat(found.findValuesAsString("code")).containsExactly(item.get("code").asString());
        assertThat(found.get("totalExact").asBoolean()).isTrue();

        expect(post("/items/" + item.get("id").asString() + "/withdraw", reviewer, Map.of("reason", "事项已取消")), 200);
        assertThat(expect(get(search, null), 200).json().get("total").asLong()).isZero();
    }

    @Test
    void illegalTransitionsAreConflicts() throws Exception {
        String basic = basicItem("药品零售许可");
        String id = expect(claim(editor, basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide()), 201)
                .json().get("id").asString();

        Response publishDraft = post("/items/" + id + "/publish", reviewer, null);
        assertThat(publishDraft.status()).isEqualTo(409);
        assertThat(publishDraft.body()).contains("只有审核通过的事项可以发布");
        assertThat(post("/items/" + id + "/approve", reviewer, null).status()).isEqualTo(409);
        assertThat(post("/items/" + id + "/change-requests", editor, Map.of("reason", "x")).status()).isEqualTo(409);
        expect(post("/items/" + id + "/submit", editor, null), 200);
        Response editSubmitted = put("/items/" + id, editor, Map.of("guide", Examples.completeGuide()), "\"1\"");
        assertThat(editSubmitted.status()).isEqualTo(409);
    }

    @Test
    void aRejectedItemReturnsToItsEditorWithTheReviewersComment() throws Exception {
        String basic = basicItem("食品生产许可");
        String id = expect(claim(editor, basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide()), 201)
                .json().get("id").asString();
        expect(post("/items/" + id + "/submit", editor, null), 200);
        JsonNode rejected = expect(post("/items/" + id + "/reject", reviewer, Map.of("reason", "收费依据不全")), 200).json();
        assertThat(rejected.get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void concurrentEditsAreDetectedWithETags() throws Exception {
        String basic = basicItem("特种设备使用登记");
        Response claimed = expect(claim(editor, basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide()), 201);
        String id = claimed.json().get("id").asString();
        String etag = claimed.etag();

        Response withoutIfMatch = put("/items/" + id, editor, Map.of("guide", Examples.completeGuide()), null);
        assertThat(withoutIfMatch.status()).isEqualTo(428);

        Response first = expect(put("/items/" + id, editor, Map.of("name", "特种设备使用登记（首次）",
                "guide", Examples.completeGuide()), etag), 200);
        assertThat(first.etag()).isNotEqualTo(etag);

        Response stale = put("/items/" + id, editor, Map.of("name", "被覆盖的名称", "guide", Examples.completeGuide()), etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body()).contains("urn:yiwang:problem:precondition-failed");
        assertThat(expect(get("/items/" + id, editor), 200).json().get("name").asString()).isEqualTo("特种设备使用登记（首次）");
    }

    @Test
    void publishingIsRefusedWhileAnErrorLevelQualityRuleFails() throws Exception {
        String basic = basicItem("广告发布登记");
        String id = expect(claim(editor, basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4",
                Examples.guideWithUnexplainedVisit()), 201).json().get("id").asString();
        JsonNode report = expect(get("/items/" + id + "/quality", editor), 200).json();
        assertThat(report.get("publishable").asBoolean()).isFalse();
        assertThat(report.at("/findings/0/rule").asString()).isEqualTo("visit-needs-reason");

        expect(post("/items/" + id + "/submit", editor, null), 200);
        expect(post("/items/" + id + "/approve", reviewer, null), 200);
        Response refused = post("/items/" + id + "/publish", reviewer, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/code").asString()).isEqualTo("visit-needs-reason");
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("guide.visitReason");
        assertThat(refused.json().at("/errors/0/message").asString()).contains("到现场的原因");
        assertThat(expect(get("/items/" + id, editor), 200).json().get("status").asString()).isEqualTo("APPROVED");
    }
}
