package cn.yiwang.vectorcontrol.organisation;

import cn.yiwang.common.test.ServiceIntegrationTest;
import cn.yiwang.common.test.Tokens;
import cn.yiwang.vectorcontrol.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Service organisations (Art. 25, 26, 28, 29) through the real API. */
@ServiceIntegrationTest
class OrganisationIT {

    private static final String ALL_DECLARED = "[\"QUALIFICATION\",\"PROCEDURES\",\"PREMISES_AND_STORES\",\"PRICING\"]";

    @LocalServerPort
    int port;
    @Value("${yiwang.api.base-path}")
    String basePath;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port, basePath);
    }

    private String company(String creditCode) {
        return Tokens.forRoles("pest-control-company").region("610300").org(creditCode).bearer();
    }

    private String register(String creditCode, String name) {
        String token = company(creditCode);
        Api.Response registered = api.post("/service-organisations", token, "{\"name\":\"" + name + "\",\"regionCode\":\"610302\","
                + "\"address\":\"宝鸡市渭滨区经二路 8 号\",\"contactPhone\":\"0917-3210000\",\"conditions\":" + ALL_DECLARED + "}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private void trainTechnician(String token, String name) {
        String technician = api.post("/service-organisations/mine/technicians", token,
                Map.of("name", name, "certificateNumber", "PCO-" + name)).json().get("id").asString();
        Api.Response trained = api.post("/service-organisations/mine/technicians/" + technician + "/trainings", token,
                Map.of("course", "病媒生物防制员培训", "provider", "宝鸡市疾控中心", "completedOn", "2026-03-01", "hours", 16));
        assertThat(trained.status()).as(trained.toString()).isEqualTo(201);
    }

    private List<String> publicNames() {
        Api.Response listed = api.get("/public/service-organisations?region=610300", null);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.json().valueStream().map(entry -> entry.get("name").asString()).toList();
    }

    @Test
    void anOrganisationJoinsThePublicListOnceItHasEnoughTrainedTechnicians() {
        String token = company("91610300MA6X00004Y");
        register("91610300MA6X00004Y", "宝鸡洁康有害生物防制有限公司");
        assertThat(publicNames()).doesNotContain("宝鸡洁康有害生物防制有限公司");
        assertThat(api.get("/service-organisations/mine", token).json().get("unmetConditions").toString())
                .contains("TRAINED_TECHNICIANS");

        trainTechnician(token, "李师傅");
        trainTechnician(token, "张师傅");
        assertThat(publicNames()).as("self-declared, not yet verified").doesNotContain("宝鸡洁康有害生物防制有限公司");

        String id = api.get("/service-organisations/mine", token).json().get("id").asString();
        Api.Response verified = api.post("/service-organisations/" + id + "/verification", aiwei("610300"),
                Map.of("verified", true, "reason", "现场核查：资质、制度、库房、价目表齐全"));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);

        assertThat(publicNames()).contains("宝鸡洁康有害生物防制有限公司");
        assertThat(api.get("/service-organisations/mine", token).json().get("listed").asBoolean()).isTrue();
        assertThat(api.get("/service-organisations/mine", token).json().get("verification").asString()).isEqualTo("VERIFIED");
    }

    @Test
    void thePatrioticHealthOfficeRejectsWithAReasonAndCannotVerifyAnIncompleteOrganisation() {
        String token = company("91610300MA6X00005A");
        String id = register("91610300MA6X00005A", "宝鸡速净虫控有限公司");

        Api.Response incomplete = api.post("/service-organisations/" + id + "/verification", aiwei("610300"),
                Map.of("verified", true));
        assertThat(incomplete.status()).isEqualTo(409);
        assertThat(incomplete.body()).contains("TRAINED_TECHNICIANS");
        assertThat(api.post("/service-organisations/" + id + "/verification", aiwei("610300"), Map.of("verified", false))
                .status()).as("no reason").isEqualTo(422);
        assertThat(api.post("/service-organisations/" + id + "/verification", company("91610300MA6X00005A"),
                Map.of("verified", true)).status()).as("not its own judge").isEqualTo(403);
        assertThat(api.post("/service-organisations/" + id + "/verification", aiwei("610900"),
                Map.of("verified", false, "reason", "x")).status()).as("another city's office").isEqualTo(403);

        Api.Response rejected = api.post("/service-organisations/" + id + "/verification", aiwei("610300"),
                Map.of("verified", false, "reason", "农药库房未与办公区分离"));
        assertThat(rejected.status()).isEqualTo(200);
        Api.Response mine = api.get("/service-organisations/mine", token);
        assertThat(mine.json().get("verification").asString()).isEqualTo("REJECTED");
        assertThat(mine.json().get("verificationNote").asString()).isEqualTo("农药库房未与办公区分离");

        Api.Response pending = api.get("/service-organisations?verification=PENDING", aiwei("610300"));
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.body()).doesNotContain("宝鸡速净虫控有限公司");
        api.put("/service-organisations/mine/conditions", token, "{\"conditions\":" + ALL_DECLARED + "}");
        assertThat(api.get("/service-organisations?verification=PENDING", aiwei("610300")).body())
                .as("a new declaration goes back for review").contains("宝鸡速净虫控有限公司");
    }

    private static String aiwei(String region) {
        return Tokens.forRoles("aiwei-officer").region(region).subject("aiwei-" + region).bearer();
    }

    @Test
    void aServiceRecordWithABannedRodenticideIsRefusedAndACompliantOneIsKept() {
        String token = company("91610326MA6X00002E");
        register("91610326MA6X00002E", "眉县安居消杀服务部");
        String contract = api.post("/service-organisations/mine/contracts", token, Map.of("unitCreditCode", "91610326MA6X00001B",
                "unitName", "眉县农贸市场管理有限公司", "startsOn", "2026-01-01", "endsOn", "2026-12-31",
                "pests", List.of("RAT", "COCKROACH"), "price", 12000)).json().get("id").asString();
        Map<String, Object> anticoagulant = Map.of("productName", "溴敌隆毒饵", "registrationNumber", "WP20120034",
                "activeIngredient", "溴敌隆", "quantity", 2, "unit", "kg", "price", 80);
        Map<String, Object> tetramine = Map.of("productName", "三步倒", "registrationNumber", "WP20990001",
                "activeIngredient", "毒鼠强", "quantity", 1, "unit", "包", "price", 5);

        Api.Response refused = api.post("/service-organisations/mine/service-records", token, Map.of("contractId", contract,
                "unitCreditCode", "91610326MA6X00001B", "unitName", "眉县农贸市场管理有限公司", "serviceDate", "2026-05-06",
                "pests", List.of("RAT"), "products", List.of(anticoagulant, tetramine), "servicePrice", 300));
        Api.Response kept = api.post("/service-organisations/mine/service-records", token, Map.of("contractId", contract,
                "unitCreditCode", "91610326MA6X00001B", "unitName", "眉县农贸市场管理有限公司", "serviceDate", "2026-05-06",
                "pests", List.of("RAT"), "products", List.of(anticoagulant), "servicePrice", 300));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("products[1].activeIngredient");
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("product-banned");
        assertThat(refused.body()).contains("毒鼠强");
        assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
        assertThat(kept.json().get("totalPrice").decimalValue()).isEqualByComparingTo("380");
        assertThat(api.get("/service-organisations/mine/service-records", token).json().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void aCompanySeesOnlyItsOwnRecordsAndTheCitysOfficeSeesThemButNotAnotherCitys() {
        String first = company("91610326MA6X00003H");
        String organisation = register("91610326MA6X00003H", "眉县净美消杀有限公司");
        api.post("/service-organisations/mine/service-records", first, Map.of("unitCreditCode", "91610326MA6X00001B",
                "unitName", "眉县农贸市场管理有限公司", "serviceDate", "2026-05-06", "pests", List.of("FLY"),
                "products", List.of(Map.of("productName", "灭蝇饵剂", "registrationNumber", "WP20150012",
                        "activeIngredient", "吡虫啉", "quantity", 1, "unit", "kg")), "servicePrice", 100));
        String other = company("91350100M000100Y43");

        assertThat(api.get("/service-organisations/mine/service-records", other).status()).isEqualTo(404);
        assertThat(api.get("/service-organisations/" + organisation + "/service-records", other).status()).isEqualTo(403);
        assertThat(api.get("/service-organisations/" + organisation + "/service-records",
                Tokens.forRoles("aiwei-officer").region("610300").bearer()).json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(api.get("/service-organisations/" + organisation + "/service-records",
                Tokens.forRoles("aiwei-officer").region("610900").bearer()).status()).isEqualTo(403);
    }
}
