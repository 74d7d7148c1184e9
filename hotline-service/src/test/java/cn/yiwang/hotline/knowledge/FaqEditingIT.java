package cn.yiwang.hotline.knowledge;

import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The centre keeps its FAQs up to date: edits are versioned with their author, retired answers vanish from search. */
class FaqEditingIT extends HotlineIntegrationTest {

    private static final String FAQS = "/api/v1/hotline/knowledge/faqs";

    @Test
    void anEditedAnswerIsWhatAgentsFindAndEveryVersionIsKeptWithItsAuthor() {
        String id = add("眉县犬只登记在哪里办理？", "到眉县公安局治安大队窗口办理犬只登记。");

        Response edited = api.put(FAQS + "/" + id, agent(), Map.of("version", 1, "question", "眉县犬只登记在哪里办理？",
                "answer", "犬只登记已改在眉县政务服务中心二楼综合窗口办理。", "note", "窗口搬迁"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().path("version").asInt()).isEqualTo(2);

        JsonNode found = api.get("/api/v1/hotline/knowledge?q=犬只登记", agent()).json();
        assertThat(found.size()).isEqualTo(1);
        assertThat(text(found.get(0), "body")).contains("政务服务中心二楼");

        JsonNode history = api.get(FAQS + "/" + id, dispatcher()).json();
        List<String> changes = new ArrayList<>();
        history.path("revisions").forEach(revision -> changes.add(text(revision, "change") + " v"
                + revision.path("version").asInt() + " " + text(revision, "changedBy")));
        assertThat(changes).containsExactly("CREATED v1 agent-mei", "EDITED v2 agent-mei");
        assertThat(text(history.path("revisions").get(0), "answer")).contains("治安大队").as("the old answer is kept");
        assertThat(text(history.path("revisions").get(1), "note")).isEqualTo("窗口搬迁");
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        String id = add("眉县公租房如何申请？", "向户籍所在镇（街道）提出申请。");
        api.put(FAQS + "/" + id, agent(), Map.of("version", 1, "question", "眉县公租房如何申请？", "answer", "网上申请。"));

        Response stale = api.put(FAQS + "/" + id, dispatcher(),
                Map.of("version", 1, "question", "眉县公租房如何申请？", "answer", "覆盖别人的修改"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("已被他人修改");
        assertThat(text(api.get(FAQS + "/" + id, agent()).json().path("faq"), "body")).isEqualTo("网上申请。");
    }

    @Test
    void aRetiredAnswerIsNoLongerFoundAndOnlyDispatchersOrSupervisorsRetire() {
        String id = add("眉县老年优待证在哪办？", "到社区服务站办理。");

        assertThat(api.post(FAQS + "/" + id + "/retire", agent(), Map.of("reason", "政策调整")).status()).isEqualTo(403);
        assertThat(api.post(FAQS + "/" + id + "/retire", dispatcher(), Map.of()).status()).as("a reason is needed")
                .isEqualTo(422);
        Response retired = api.post(FAQS + "/" + id + "/retire", dispatcher(), Map.of("reason", "政策调整，已改为线上办理"));

        assertThat(retired.status()).isEqualTo(200);
        assertThat(text(retired.json(), "retiredAt")).isNotNull();
        assertThat(api.get("/api/v1/hotline/knowledge?q=老年优待证", agent()).json().size()).isZero();
        assertThat(api.put(FAQS + "/" + id, agent(), Map.of("version", 2, "question", "问", "answer", "答")).status())
                .isEqualTo(409);
    }

    @Test
    void departmentsAndOtherRegionsCannotTouchTheCentresAnswers() {
        String id = add("眉县图书馆开放时间？", "周二至周日9:00-17:00。");
        Map<String, Object> edit = Map.of("version", 1, "question", "问", "answer", "答");

        assertThat(api.put(FAQS + "/" + id, department(CITY_MANAGEMENT), edit).status()).isEqualTo(403);
        String otherCounty = cn.yiwang.common.test.Tokens.forRoles("hotline-agent").region("610926").subject("agent-pingli")
                .bearer();
        assertThat(api.put(FAQS + "/" + id, otherCounty, edit).status()).isEqualTo(403);
        assertThat(api.put(FAQS + "/faq:unknown", agent(), edit).status()).isEqualTo(404);
        assertThat(api.put(FAQS + "/" + id, agent(), Map.of("question", "问", "answer", "答")).status())
                .as("the version seen is required").isEqualTo(422);
        assertThat(text(api.get(FAQS + "/" + id, agent()).json().path("faq"), "body")).isEqualTo("周二至周日9:00-17:00。");
    }

    private String add(String question, String answer) {
        Response added = api.post(FAQS, agent(), Map.of("question", question, "answer", answer, "regionCode", MEI));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("version").asInt()).isEqualTo(1);
        return text(added.json(), "id");
    }
}
