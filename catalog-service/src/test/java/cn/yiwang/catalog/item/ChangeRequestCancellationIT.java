package cn.yiwang.catalog.item;

import cn.yiwang.catalog.CatalogIntegrationTest;
import cn.yiwang.catalog.Examples;
import cn.yiwang.catalog.guide.TimeLimit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static cn.yiwang.catalog.Examples.MEI_COUNTY;
import static cn.yiwang.catalog.Examples.MEI_MARKET_REGULATION;
import static org.assertj.core.api.Assertions.assertThat;

/** 调整申请 taken back by the implementing body before the approval office has approved it. */
class ChangeRequestCancellationIT extends CatalogIntegrationTest {

    private final String editor = deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY);
    private final String reviewer = approver(MEI_COUNTY);

    /** A published item with an open change request whose draft promises 3 instead of 5 days. */
    private JsonNode itemWithChangeRequest(String name) throws Exception {
        String id = published(name, MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide()).get("id").asString();
        Response reopened = expect(post("/items/" + id + "/change-requests", editor, Map.of("reason", "压缩承诺时限")), 200);
        var faster = Examples.withLimits(Examples.completeGuide(), TimeLimit.workingDays(20), TimeLimit.workingDays(3));
        return expect(put("/items/" + id, editor, Map.of("name", name + "（新）", "guide", faster), reopened.etag()), 200)
                .json();
    }

    private static String requestId(JsonNode item) {
        return item.at("/changeRequests/0/id").asString();
    }

    @Test
    void theBodyCancelsAPendingChangeRequestAndTheWorkingCopyIsThePublishedVersionAgain() throws Exception {
        JsonNode draft = itemWithChangeRequest("旅馆业特种行业许可");
        String id = draft.get("id").asString();
        String request = requestId(draft);

        JsonNode cancelled = expect(post("/items/" + id + "/change-requests/" + request + "/cancel", editor,
                Map.of("text", "时限调整另行申请")), 200).json();
        assertThat(cancelled.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(cancelled.get("name").asString()).isEqualTo("旅馆业特种行业许可");
        assertThat(cancelled.at("/guide/promisedLimit/value").asInt()).as("the draft's 3 days are gone").isEqualTo(5);

        JsonNode seenByReviewer = expect(get("/items/" + id, reviewer), 200).json();
        assertThat(seenByReviewer.at("/changeRequests/0/status").asString()).isEqualTo("CANCELLED");
        assertThat(seenByReviewer.at("/changeRequests/0/cancelledBy").asString())
                .isEqualTo("dept-admin-" + MEI_MARKET_REGULATION);
        assertThat(seenByReviewer.at("/changeRequests/0/cancelReason").asString()).isEqualTo("时限调整另行申请");
        assertThat(seenByReviewer.at("/changeRequests/0/cancelledAt").asString()).isNotBlank();
        assertThat(expect(get("/public/items/" + draft.get("code").asString(), null), 200).json().get("version").asInt())
                .as("the public guide never changed").isEqualTo(1);

        assertThat(post("/items/" + id + "/change-requests/" + request + "/cancel", editor, null).status())
                .as("cancelled already").isEqualTo(409);
        Response next = expect(post("/items/" + id + "/change-requests", editor, Map.of("reason", "增加网办")), 200);
        assertThat(next.json().get("changeRequests")).as("a new request can be opened").hasSize(2);
    }

    @Test
    void aSubmittedRequestCanStillBeCancelledAndThenThereIsNothingToReview() throws Exception {
        JsonNode draft = itemWithChangeRequest("娱乐场所经营许可");
        String id = draft.get("id").asString();
        expect(post("/items/" + id + "/submit", editor, null), 200);

        expect(post("/items/" + id + "/change-requests/" + requestId(draft) + "/cancel", editor, null), 200);
        Response approve = post("/items/" + id + "/approve", reviewer, Map.of("text", "同意"));
        assertThat(approve.status()).isEqualTo(409);
    }

    @Test
    void anApprovedRequestIsTheReviewersDecisionAndCannotBeCancelled() throws Exception {
        JsonNode draft = itemWithChangeRequest("印章刻制业特种行业许可");
        String id = draft.get("id").asString();
        expect(post("/items/" + id + "/submit", editor, null), 200);
        expect(post("/items/" + id + "/approve", reviewer, Map.of("text", "同意")), 200);

        Response refused = post("/items/" + id + "/change-requests/" + requestId(draft) + "/cancel", editor, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("只有待处理（未审核通过）的调整申请可以撤销");
        Response english = send("POST", "/items/" + id + "/change-requests/" + requestId(draft) + "/cancel", editor,
                null, Map.of("Accept-Language", "en"));
        assertThat(english.body()).contains("Only a pending change request");
        assertThat(expect(get("/items/" + id, reviewer), 200).json().get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void onlyTheImplementingBodyCancelsAndUnknownRequestsAreNotFound() throws Exception {
        JsonNode draft = itemWithChangeRequest("典当业特种行业许可");
        String id = draft.get("id").asString();
        String cancel = "/items/" + id + "/change-requests/" + requestId(draft) + "/cancel";
        assertThat(post(cancel, reviewer, null).status()).as("the reviewer decides, not cancels").isEqualTo(403);
        assertThat(post(cancel, deptAdmin(Examples.MEI_TAX, MEI_COUNTY), null).status()).as("another body").isEqualTo(403);
        assertThat(post(cancel, deptAdmin(MEI_MARKET_REGULATION, Examples.PINGLI), null).status())
                .as("outside the region").isEqualTo(403);
        assertThat(post(cancel, editor, null, "\"0\"").status()).as("stale If-Match").isEqualTo(412);
        assertThat(post("/items/" + id + "/change-requests/" + UUID.randomUUID() + "/cancel", editor, null).status())
                .isEqualTo(404);
        assertThat(expect(get("/items/" + id, editor), 200).json().at("/changeRequests/0/status").asString())
                .as("nothing changed").isEqualTo("OPEN");
    }

    private Response post(String path, String token, Object body, String ifMatch) throws Exception {
        return send("POST", path, token, body, Map.of("If-Match", ifMatch));
    }
}
