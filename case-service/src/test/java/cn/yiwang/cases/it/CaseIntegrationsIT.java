package cn.yiwang.cases.it;

import cn.yiwang.cases.casefile.CaseScans;
import cn.yiwang.common.test.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the case depends on outside itself: certificate-service for 免证办 (up and down),
 * catalog-service for items not seen yet, the scheduled scans, and the events it consumes.
 */
class CaseIntegrationsIT extends CaseServiceITSupport {

    @Autowired
    CaseScans scans;

    private String clerk;

    @BeforeEach
    void setUp() throws Exception {
        itemsArePublished();
        clockAt("2026-03-02T09:00");
        CERTIFICATE.resetAll();
        CATALOG.resetAll();
        clerk = Tokens.forRoles("window-clerk").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
    }

    @Test
    void aVerifiedECertificateReplacesTheMaterial() {
        CERTIFICATE.stubFor(WireMock.post(urlPathEqualTo("/api/v1/certificates/verifications"))
                .willReturn(okJson("{\"usable\": true}")));

        Reply applied = applyWithCertificate(citizenId(31));

        assertThat(applied.body().at("/materials/1/verification").asText()).isEqualTo("VERIFIED");
        assertThat(post("/" + applied.body().get("id").asText() + "/acceptance", clerk, null).status()).isEqualTo(200);
    }

    @Test
    void whileCertificateServiceIsDownTheCertificateStaysPendingAndIsNeverSilentlyAccepted() {
        CERTIFICATE.stubFor(WireMock.post(urlPathEqualTo("/api/v1/certificates/verifications"))
                .willReturn(aResponse().withStatus(503)));

        Reply applied = applyWithCertificate(citizenId(32));
        String id = applied.body().get("id").asText();

        assertThat(applied.status()).isEqualTo(201);
        assertThat(applied.body().at("/materials/1/verification").asText()).isEqualTo("PENDING");
        assertThat(post("/" + id + "/acceptance", clerk, null).status()).isEqualTo(409);

        CERTIFICATE.resetAll();
        CERTIFICATE.stubFor(WireMock.post(urlPathEqualTo("/api/v1/certificates/verifications"))
                .willReturn(okJson("{\"usable\": true}")));
        waitForClosedCircuit(() -> scans.recheckPendingCertificates() >= 0
                && "VERIFIED".equals(get("/" + id, clerk).body().at("/materials/1/verification").asText()));

        assertThat(post("/" + id + "/acceptance", clerk, null).status()).isEqualTo(200);
    }

    @Test
    void aCertificateThatIsNotTheApplicantsIsRejected() {
        CERTIFICATE.stubFor(WireMock.post(urlPathEqualTo("/api/v1/certificates/verifications"))
                .willReturn(okJson("{\"usable\": false, \"reason\": \"not the holder\"}")));

        Reply applied = applyWithCertificate(citizenId(33));

        assertThat(applied.body().at("/materials/1/verification").asText()).isEqualTo("REJECTED");
        assertThat(post("/" + applied.body().get("id").asText() + "/acceptance", clerk, null).status()).isEqualTo(409);
    }

    @Test
    void anItemNotSeenYetIsFetchedFromCatalogServiceAndKept() throws Exception {
        String code = "11610326MB0000001M4610100100777";
        String guide = json.writeValueAsString(catalogItemPublished(code).get("guide"));
        CATALOG.stubFor(WireMock.get(urlEqualTo("/api/v1/catalog/public/items/" + code)).willReturn(okJson(guide)));
        String idNumber = citizenId(34);
        Map<String, Object> body = Map.of("itemCode", code, "applicantType", "PERSON", "applicantName", "张三",
                "applicantIdNumber", idNumber, "materials", List.of(
                        Map.of("code", "id-card", "provision", "UPLOAD", "reference", "doc-1"),
                        Map.of("code", "form-gtgsh", "provision", "UPLOAD", "reference", "doc-2"),
                        Map.of("code", "premises-proof", "provision", "COMMITMENT")));

        Reply applied = post("", citizen(idNumber), body, Map.of("Idempotency-Key", "k-" + UUID.randomUUID()));

        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);
        assertThat(applied.body().at("/decidingBody/orgCode").asText()).isEqualTo("11610326MB0000001M");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM item_version WHERE implementation_code = ?", Integer.class, code))
                .isEqualTo(1);
    }

    @Test
    void catalogServicesItemPublishedEventFillsTheReadModel() throws Exception {
        String code = "11610326MB0000001M4610100100888";
        publish("catalog.item.v1", code, "yiwang.item.published.v1", json.writeValueAsString(catalogItemPublished(code)),
                UUID.randomUUID().toString());
        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM item_version WHERE implementation_code = ? AND version = 2",
                Integer.class, code) == 1);
    }

    /** catalog-service's own item.published example (a copy of its contract), for another item code. */
    private tools.jackson.databind.JsonNode catalogItemPublished(String code) throws Exception {
        String text = new String(java.nio.file.Files.newInputStream(java.nio.file.Path.of("../catalog-service/src/main/resources/contracts/events/item.published.json")).readAllBytes(),
                StandardCharsets.UTF_8);
        return json.readTree(text.replace("11610326MB0000001M4610100100000", code));
    }

    @Test
    void anUnknownItemIsRefusedAndAnUnreachableCatalogIsReportedAsUnavailable() {
        String idNumber = citizenId(35);
        CATALOG.stubFor(WireMock.get(urlEqualTo("/api/v1/catalog/public/items/NO-SUCH-ITEM")).willReturn(aResponse().withStatus(404)));
        Map<String, Object> unknown = new java.util.LinkedHashMap<>(CaseFlowIT.application(idNumber));
        unknown.put("itemCode", "NO-SUCH-ITEM");
        CATALOG.stubFor(WireMock.get(urlEqualTo("/api/v1/catalog/public/items/CATALOG-DOWN")).willReturn(aResponse().withStatus(500)));
        Map<String, Object> unreachable = new java.util.LinkedHashMap<>(CaseFlowIT.application(idNumber));
        unreachable.put("itemCode", "CATALOG-DOWN");

        assertThat(post("", citizen(idNumber), unknown, Map.of("Idempotency-Key", "k-" + UUID.randomUUID())).status()).isEqualTo(422);
        assertThat(post("", citizen(idNumber), unreachable, Map.of("Idempotency-Key", "k-" + UUID.randomUUID())).status()).isEqualTo(503);
    }

    @Test
    void theDeadlineScanWarnsOnceAndReportsOverdueOnce() {
        String idNumber = citizenId(36);
        String id = post("", citizen(idNumber), CaseFlowIT.application(idNumber), Map.of("Idempotency-Key", "k-" + UUID.randomUUID()))
                .body().get("id").asText();
        clockAt("2026-03-02T10:00");
        post("/" + id + "/acceptance", clerk, null);

        clockAt("2026-03-12T08:00");
        scans.scanDeadlines();
        scans.scanDeadlines();
        clockAt("2026-03-17T08:00");
        scans.scanDeadlines();
        scans.scanDeadlines();

        List<ConsumerRecord<String, String>> events = distinctEvents(id, 4);
        assertThat(events).extracting(record -> header(record, "ce_type")).containsExactly(
                "yiwang.case.submitted.v1", "yiwang.case.accepted.v1", "yiwang.case.overduewarning.v1",
                "yiwang.case.overdue.v1");
    }

    @Test
    void anOverdueAcceptedGapEndsTheCase() {
        String idNumber = citizenId(37);
        Map<String, Object> body = new java.util.LinkedHashMap<>(CaseFlowIT.application(idNumber));
        body.put("materials", List.of(
                Map.of("code", "M01", "provision", "UPLOAD", "reference", "doc-1"),
                Map.of("code", "M02", "provision", "UPLOAD", "reference", "doc-2"),
                Map.of("code", "M03", "provision", "UPLOAD", "reference", "doc-3"),
                Map.of("code", "M04", "provision", "GAP", "gapDue", "2026-03-06")));
        String id = post("", citizen(idNumber), body, Map.of("Idempotency-Key", "k-" + UUID.randomUUID())).body().get("id").asText();
        post("/" + id + "/acceptance", clerk, null);

        clockAt("2026-03-07T09:00");
        scans.scanOverdueGaps();

        assertThat(get("/" + id, clerk).body().get("status").asText()).isEqualTo("TERMINATED");
    }

    @Test
    void anIssuedCertificateIsAttachedToTheConcludedCaseOnceHoweverOftenItIsDelivered() {
        String idNumber = citizenId(38);
        String id = post("", citizen(idNumber), CaseFlowIT.application(idNumber), Map.of("Idempotency-Key", "k-" + UUID.randomUUID()))
                .body().get("id").asText();
        String approver = Tokens.forRoles("approver").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
        post("/" + id + "/acceptance", clerk, null);
        post("/" + id + "/conclusion", approver, Map.of("outcome", "APPROVED", "result", "准予许可"));
        String identifier = "1.2.156.3005.2.11100000000013338W032.11610326MB2857143R.2026030201.001.X";
        // certificate-service's own example, for this case and certificate.
        tools.jackson.databind.node.ObjectNode example = (tools.jackson.databind.node.ObjectNode) json.readTree(readProducerExample(
                "../certificate-service/src/main/resources/contracts/events/certificate.issued.json"));
        example.put("caseId", id).put("identifier", identifier).put("certificateTypeCode", "11100000000013338W032");
        example.remove("caseNumber");
        String issued = json.writeValueAsString(example);
        String eventId = UUID.randomUUID().toString();

        publish("certificate.certificate.v1", identifier, "yiwang.certificate.issued.v1", issued, eventId);
        publish("certificate.certificate.v1", identifier, "yiwang.certificate.issued.v1", issued, eventId);

        eventually(() -> identifier.equals(get("/" + id, approver).body().at("/decision/certificateId").asText()));
        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Integer.class, eventId) == 1);
        assertThat(get("/" + id, approver).body().get("timeline")).filteredOn(step -> step.get("step").asText().equals("certificate-issued"))
                .hasSize(1);
    }

    @Test
    void aReplayedItemPublishedEventChangesNothing() {
        String code = "11610326MB2857143R4610300888000";
        String eventId = UUID.randomUUID().toString();
        String item = "{\"implementationCode\": \"" + code + "\", \"name\": \"重放测试\", \"version\": 1, \"regionCode\": \"610326\","
                + " \"implementingBodyCode\": \"" + MARKET_REGULATOR + "\", \"caseKind\": \"PROMISED\","
                + " \"legalLimit\": {\"amount\": 20, \"unit\": \"WORKING_DAYS\"}, \"promisedLimit\": {\"amount\": 5, \"unit\": \"WORKING_DAYS\"}}";

        publish("catalog.item.v1", code, "yiwang.item.published.v1", item, eventId);
        publish("catalog.item.v1", code, "yiwang.item.published.v1", item, eventId);

        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM item_version WHERE implementation_code = ?", Integer.class, code) == 1);
        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Integer.class, eventId) == 1);
    }

    private static String readProducerExample(String path) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Reply applyWithCertificate(String idNumber) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(CaseFlowIT.application(idNumber));
        body.put("materials", List.of(
                Map.of("code", "M01", "provision", "UPLOAD", "reference", "doc-1"),
                Map.of("code", "M02", "provision", "E_CERTIFICATE", "reference", "1.2.156.3005.2.11100000000013338W011.x.1.001.Y"),
                Map.of("code", "M03", "provision", "COMMITMENT"),
                Map.of("code", "M04", "provision", "UPLOAD", "reference", "doc-4")));
        Reply reply = post("", citizen(idNumber), body, Map.of("Idempotency-Key", "k-" + UUID.randomUUID()));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply;
    }

    private String citizen(String idNumber) {
        return Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer();
    }

    /** The breaker opened while certificate-service was down lets calls through again after its wait. */
    private static void waitForClosedCircuit(java.util.function.BooleanSupplier verified) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!verified.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the pending certificate was never verified");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
