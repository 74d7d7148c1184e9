package cn.yiwang.hotline.knowledge;

import cn.yiwang.hotline.support.EventSender;
import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The knowledge base fed by catalog-service's item events and by the centre's FAQs. */
class KnowledgeIT extends HotlineIntegrationTest {

    private static final String CODE = "11610326MB0000001X4000111705700001";

    @Test
    void aPublishedGuideBecomesAnAnswerAgentsFindAndAWithdrawalRemovesIt() {
        EventSender.send("catalog.item.v1", "5f0e1d2c-3b4a-4958-8776-a5b4c3d2e1f0", "yiwang.item.published.v1",
                "catalog-service", EventSender.sample("catalog.item.published.json"));

        JsonNode found = await().atMost(Duration.ofSeconds(60)).until(
                () -> api.get("/api/v1/hotline/knowledge?q=居住证%20材料", agent()).json(), result -> result.size() > 0);
        JsonNode guide = found.get(0);
        assertThat(text(guide, "source")).isEqualTo("SERVICE_GUIDE");
        assertThat(text(guide, "reference")).isEqualTo(CODE);
        assertThat(text(guide, "title")).isEqualTo("居住证签发");
        assertThat(text(guide, "department")).isEqualTo("眉县公安局户政大队");
        assertThat(text(guide, "body")).contains("申请材料：居民身份证；居住证明").contains("承诺时限：10个工作日")
                .contains("收费：不收费").contains("办理地点：眉县政务服务中心一楼公安窗口").contains("咨询电话：0917-5541234");

        EventSender.send("catalog.item.v1", "5f0e1d2c-3b4a-4958-8776-a5b4c3d2e1f0", "yiwang.item.withdrawn.v1",
                "catalog-service", EventSender.sample("catalog.item.withdrawn.json"));
        await().atMost(Duration.ofSeconds(60)).until(
                () -> api.get("/api/v1/hotline/knowledge?q=居住证签发", agent()).json().size() == 0);
    }

    @Test
    void theCentreAddsAnFaqThatIsFoundInItsRegionAndBelowButNotElsewhere() {
        Response added = api.post("/api/v1/hotline/knowledge/faqs", agent(), Map.of("question", "眉县冬季供暖什么时候开始？",
                "answer", "眉县城区集中供暖一般于11月15日开始，次年3月15日结束。", "regionCode", MEI));

        assertThat(added.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/hotline/knowledge?q=供暖%20开始&region=610326", agent()).json().size()).isEqualTo(1);
        assertThat(api.get("/api/v1/hotline/knowledge?q=供暖%20开始&region=610326001", agent()).json().size())
                .as("a town of the county finds the county's answer").isEqualTo(1);
        assertThat(api.get("/api/v1/hotline/knowledge?q=供暖%20开始&region=610926", agent()).json().size())
                .as("another county does not").isZero();
        assertThat(api.get("/api/v1/hotline/knowledge?q=供暖%20结束了吗", agent()).json().size())
                .as("every word must match").isZero();
    }

    @Test
    void aDepartmentCannotAddFaqsAndNobodyAddsThemOutsideTheirRegion() {
        Map<String, Object> faq = Map.of("question", "问", "answer", "答", "regionCode", MEI);

        assertThat(api.post("/api/v1/hotline/knowledge/faqs", department(CITY_MANAGEMENT), faq).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/hotline/knowledge/faqs", agent(),
                Map.of("question", "问", "answer", "答", "regionCode", "610926")).status()).isEqualTo(403);
    }
}
