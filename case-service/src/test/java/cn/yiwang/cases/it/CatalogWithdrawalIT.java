package cn.yiwang.cases.it;

import cn.yiwang.common.test.Tokens;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * catalog-service withdraws items and bundles ({@code item.withdrawn}, {@code bundle.withdrawn}, its own example
 * files): new applications are refused naming the item, cases already filed go on, late or replayed events do not
 * bring a withdrawn version back, and only a newer published version opens the item again.
 */
class CatalogWithdrawalIT extends CaseServiceITSupport {

    private static final Path CATALOG_EVENTS = Path.of("../catalog-service/src/main/resources/contracts/events");
    /** The code in catalog-service's item examples; each test replaces it with its own. */
    private static final String EXAMPLE_CODE = "11610326MB0000001M4610100100000";

    private String clerk;

    @BeforeEach
    void setUp() {
        clockAt("2026-03-02T09:00");
        CATALOG.resetAll();
        clerk = Tokens.forRoles("window-clerk").region(MEI_COUNTY).org("11610326MB0000001M").bearer();
    }

    @Test
    void anApplicationForAWithdrawnItemIsRefusedNamingTheItemInChineseAndEnglish() throws Exception {
        String code = "11610326MB0000001M4610100100401";
        published(code, 2);
        withdrawn(code, 2, UUID.randomUUID().toString());
        // Were catalog-service asked (a stale cache answering the old guide), the item would come back: it must not be.
        CATALOG.stubFor(WireMock.get(urlEqualTo("/api/v1/catalog/public/items/" + code))
                .willReturn(okJson(json.writeValueAsString(example("item.published.json", code, 2).get("guide")))));
        String idNumber = citizenId(401);

        Reply chinese = apply(code, idNumber, Map.of());
        Reply english = apply(code, idNumber, Map.of("Accept-Language", "en"));

        assertThat(chinese.status()).as(chinese.raw()).isEqualTo(422);
        assertThat(chinese.body().get("detail").asText()).contains("个体工商户设立登记", code, "已取消发布");
        assertThat(chinese.body().at("/errors/0/code").asText()).isEqualTo("withdrawn");
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.body().get("detail").asText()).contains("个体工商户设立登记", code, "withdrawn");
        CATALOG.verify(0, getRequestedFor(urlEqualTo("/api/v1/catalog/public/items/" + code)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_file WHERE item_code = ?", Integer.class, code)).isZero();
    }

    @Test
    void aCaseFiledBeforeTheWithdrawalIsStillHandled() throws Exception {
        String code = "11610326MB0000001M4610100100402";
        published(code, 1);
        String idNumber = citizenId(402);
        Reply filed = apply(code, idNumber, Map.of());
        assertThat(filed.status()).as(filed.raw()).isEqualTo(201);

        withdrawn(code, 1, UUID.randomUUID().toString());

        Reply accepted = post("/" + filed.body().get("id").asText() + "/acceptance", clerk, null);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat(accepted.body().get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aWithdrawalArrivingBeforeThePublicationOfTheSameVersionIsNotUndoneByIt() throws Exception {
        String code = "11610326MB0000001M4610100100403";
        withdrawn(code, 2, UUID.randomUUID().toString());
        published(code, 2);
        published(code, 1);
        String idNumber = citizenId(403);

        assertThat(apply(code, idNumber, Map.of()).status()).isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM item_version WHERE implementation_code = ? AND withdrawn_at IS NOT NULL",
                Integer.class, code)).as("only version 2 is withdrawn; version 1 was superseded").isEqualTo(1);
    }

    @Test
    void aNewerPublishedVersionOpensTheItemAgainAndALateWithdrawalOfTheOldOneDoesNotCloseIt() throws Exception {
        String code = "11610326MB0000001M4610100100404";
        published(code, 2);
        withdrawn(code, 2, UUID.randomUUID().toString());
        String idNumber = citizenId(404);
        assertThat(apply(code, idNumber, Map.of()).status()).isEqualTo(422);

        published(code, 3);
        Reply reopened = apply(code, idNumber, Map.of());
        assertThat(reopened.status()).as(reopened.raw()).isEqualTo(201);
        assertThat(reopened.body().at("/item/version").asInt()).isEqualTo(3);

        withdrawn(code, 2, UUID.randomUUID().toString());
        assertThat(apply(code, citizenId(405), Map.of()).status()).as("version 3 is still public").isEqualTo(201);
    }

    @Test
    void aReplayedWithdrawalIsHandledOnce() throws Exception {
        String code = "11610326MB0000001M4610100100406";
        published(code, 2);
        String eventId = UUID.randomUUID().toString();
        withdrawn(code, 2, eventId);
        String text = json.writeValueAsString(example("item.withdrawn.json", code, 2));
        publish("catalog.item.v1", code, "yiwang.item.withdrawn.v1", text, eventId);

        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Integer.class, eventId) == 1);
        assertThat(jdbc.queryForObject("SELECT withdrawal_reason FROM item_version WHERE implementation_code = ? AND version = 2",
                String.class, code)).isEqualTo("事项已取消");
        assertThat(apply(code, citizenId(406), Map.of()).status()).isEqualTo(422);
    }

    @Test
    void anApplicationForAWithdrawnBundleIsRefusedAndItsLatePublicationDoesNotReopenIt() throws Exception {
        UUID bundle = UUID.randomUUID();
        publish("catalog.bundle.v1", bundle.toString(), "yiwang.bundle.withdrawn.v1",
                bundleExample("bundle.withdrawn.json", bundle), UUID.randomUUID().toString());
        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM bundle_version WHERE bundle_id = ? AND withdrawn_at IS NOT NULL",
                Integer.class, bundle) == 1);
        // catalog-service's published example is version 1: an older version arriving late.
        String late = UUID.randomUUID().toString();
        publish("catalog.bundle.v1", bundle.toString(), "yiwang.bundle.published.v1",
                bundleExample("bundle.published.json", bundle), late);
        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Integer.class, late) == 1);
        CATALOG.stubFor(WireMock.get(urlEqualTo("/api/v1/catalog/public/bundles/" + bundle))
                .willReturn(okJson(json.writeValueAsString(json.readTree(bundleExample("bundle.published.json", bundle)).get("bundle")))));
        String idNumber = citizenId(407);
        String citizen = Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer();
        Map<String, Object> application = Map.of("bundleId", bundle.toString(), "applicantType", "PERSON",
                "applicantName", "张三", "applicantIdNumber", idNumber, "channel", "PC",
                "form", Map.of("applicant.name", "张三", "applicant.idNumber", idNumber),
                "materials", List.of(Map.of("code", "id-card", "provision", "UPLOAD", "reference", "doc-1")));

        Reply refused = post("/bundles", citizen, application, Map.of("Idempotency-Key", "b-" + UUID.randomUUID()));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.body().get("detail").asText()).contains("企业开办", bundle.toString(), "已取消发布");
        CATALOG.verify(0, getRequestedFor(urlEqualTo("/api/v1/catalog/public/bundles/" + bundle)));
    }

    @Test
    void aBundleWhoseMemberItemIsWithdrawnTakesNoApplicationAndNamesTheItem() throws Exception {
        String code = "11610326MB0000001M4610100100408";
        published(code, 2);
        withdrawn(code, 2, UUID.randomUUID().toString());
        UUID bundle = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        publish("catalog.bundle.v1", bundle.toString(), "yiwang.bundle.published.v1",
                bundleExample("bundle.published.json", bundle).replace("11610326MB000000654610100100000", code), eventId);
        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Integer.class, eventId) == 1);
        String idNumber = citizenId(408);

        Reply refused = post("/bundles", Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer(),
                Map.of("bundleId", bundle.toString(), "applicantType", "PERSON", "applicantName", "张三",
                        "applicantIdNumber", idNumber, "channel", "PC",
                        "form", Map.of("applicant.name", "张三", "applicant.idNumber", idNumber),
                        "materials", List.of(Map.of("code", "id-card", "provision", "UPLOAD", "reference", "doc-1"))),
                Map.of("Idempotency-Key", "b-" + UUID.randomUUID()));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.body().get("detail").asText()).contains("个体工商户设立登记", code);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM bundle_case WHERE bundle_id = ?", Integer.class, bundle)).isZero();
    }

    // ---- helpers ----------------------------------------------------------------------------

    private Reply apply(String code, String idNumber, Map<String, String> headers) {
        Map<String, Object> body = Map.of("itemCode", code, "applicantType", "PERSON", "applicantName", "张三",
                "applicantIdNumber", idNumber, "materials", List.of(
                        Map.of("code", "id-card", "provision", "UPLOAD", "reference", "doc-1"),
                        Map.of("code", "form-gtgsh", "provision", "UPLOAD", "reference", "doc-2"),
                        Map.of("code", "premises-proof", "provision", "UPLOAD", "reference", "doc-3")));
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Idempotency-Key", "w-" + UUID.randomUUID());
        return post("", Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer(), body, all);
    }

    private void published(String code, int version) throws Exception {
        String eventId = UUID.randomUUID().toString();
        publish("catalog.item.v1", code, "yiwang.item.published.v1",
                json.writeValueAsString(example("item.published.json", code, version)), eventId);
        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Integer.class, eventId) == 1);
    }

    private void withdrawn(String code, int version, String eventId) throws Exception {
        publish("catalog.item.v1", code, "yiwang.item.withdrawn.v1",
                json.writeValueAsString(example("item.withdrawn.json", code, version)), eventId);
        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Integer.class, eventId) == 1);
    }

    /** catalog-service's own example for another item code and version. */
    private JsonNode example(String file, String code, int version) throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(Files.readString(CATALOG_EVENTS.resolve(file)).replace(EXAMPLE_CODE, code));
        ((ObjectNode) event.get("guide")).put("version", version);
        if (event.has("version")) {
            event.put("version", version);
        }
        return event;
    }

    private static String bundleExample(String file, UUID bundle) throws Exception {
        return Files.readString(CATALOG_EVENTS.resolve(file)).replace("9d3c5e1f-2a4b-4c6d-8e0f-1a2b3c4d5e6f", bundle.toString());
    }
}
