package cn.yiwang.certificate.issuance.messaging;

import cn.yiwang.certificate.support.Api.Response;
import cn.yiwang.certificate.support.CertificateIntegrationTestBase;
import cn.yiwang.common.test.Tokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static cn.yiwang.certificate.support.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The issuing body's failure queue: what a concluded case or an import could not issue, retried or dismissed. */
class RetryingFailedIssuancesIT extends CertificateIntegrationTestBase {

    private static final String ZHAO_LIU = IssuingFromConcludedCasesIT.ZHAO_LIU;

    @Test
    void aConclusionThatCouldNotBeIssuedIsRetriedWithCorrectedDataExactlyOnce() throws Exception {
        String caseNumber = concludeWithAnUnknownDegree();
        String failure = awaitQueued(caseNumber);
        Response listed = api.get("/issuance-failures/" + failure, issuer(MEI_EDUCATION_BUREAU));
        assertThat(listed.field("source")).isEqualTo("CASE");
        assertThat(listed.field("status")).isEqualTo("OPEN");
        assertThat(listed.field("retryable")).isEqualTo("true");
        assertThat(listed.json("reasons").findValuesAsString("field")).containsExactly("metadata.degree");
        assertThat(listed.text()).doesNotContain(protection.hash(ZHAO_LIU));

        // Retrying as it was fails again and changes nothing.
        Response stillWrong = api.post("/issuance-failures/" + failure + "/retry", issuer(MEI_EDUCATION_BUREAU), Map.of());
        assertThat(stillWrong.status()).isEqualTo(422);
        assertThat(stillWrong.json("errors").findValuesAsString("field")).containsExactly("metadata.degree");
        assertThat(api.get("/issuance-failures/" + failure, issuer(MEI_EDUCATION_BUREAU)).field("status")).isEqualTo("OPEN");

        Response retried = api.post("/issuance-failures/" + failure + "/retry", issuer(MEI_EDUCATION_BUREAU),
                Map.of("metadata", Map.of("degree", "学士")));
        Response again = api.post("/issuance-failures/" + failure + "/retry", issuer(MEI_EDUCATION_BUREAU),
                Map.of("metadata", Map.of("degree", "学士")));

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.field("status")).isEqualTo("ISSUED");
        assertThat(retried.field("certificateIdentifier")).startsWith("1.2.156.3005.2." + DEGREE + "." + MEI_EDUCATION_BUREAU);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.field("certificateIdentifier")).isEqualTo(retried.field("certificateIdentifier"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM certificate WHERE case_number = ?", Integer.class, caseNumber)).isOne();
        assertThat(api.get("/wallet", citizen(ZHAO_LIU)).json("items").findValuesAsString("identifier"))
                .contains(retried.field("certificateIdentifier"));
        assertThat(api.get("/issuance-failures?size=100", issuer(MEI_EDUCATION_BUREAU)).json("items").findValuesAsString("id"))
                .doesNotContain(failure);
        assertThat(api.get("/issuance-failures?status=ISSUED&size=100", issuer(MEI_EDUCATION_BUREAU)).json("items")
                .findValuesAsString("id")).contains(failure);
    }

    @Test
    void onlyTheIssuingBodyInTheCasesRegionSeesRetriesOrDismissesAnEntry() throws Exception {
        String failure = awaitQueued(concludeWithAnUnknownDegree());
        String otherBody = issuer(MEI_CIVIL_AFFAIRS);
        String otherRegion = Tokens.forRoles("dept-admin").region("610926").org(MEI_EDUCATION_BUREAU).bearer();
        String clerk = agency(MEI_EDUCATION_BUREAU);

        for (String token : new String[] {otherBody, otherRegion}) {
            assertThat(api.get("/issuance-failures?size=100", token).json("items").findValuesAsString("id")).doesNotContain(failure);
            assertThat(api.get("/issuance-failures/" + failure, token).status()).isEqualTo(404);
            assertThat(api.post("/issuance-failures/" + failure + "/retry", token, Map.of()).status()).isEqualTo(404);
            assertThat(api.post("/issuance-failures/" + failure + "/dismissal", token, Map.of("reason", "x")).status()).isEqualTo(404);
        }
        assertThat(api.get("/issuance-failures", clerk).status()).isEqualTo(403);
        assertThat(api.get("/issuance-failures", citizen(ZHAO_LIU)).status()).isEqualTo(403);
        assertThat(api.get("/issuance-failures/" + failure, issuer(MEI_EDUCATION_BUREAU)).field("status")).isEqualTo("OPEN");
    }

    @Test
    void aDismissedEntryNeedsAReasonAndCannotBeRetriedAfterwards() throws Exception {
        String failure = awaitQueued(concludeWithAnUnknownDegree());

        assertThat(api.post("/issuance-failures/" + failure + "/dismissal", issuer(MEI_EDUCATION_BUREAU), Map.of()).status())
                .isEqualTo(422);
        Response dismissed = api.post("/issuance-failures/" + failure + "/dismissal", issuer(MEI_EDUCATION_BUREAU),
                Map.of("reason", "已在窗口手工制证"));
        Response retried = api.post("/issuance-failures/" + failure + "/retry", issuer(MEI_EDUCATION_BUREAU),
                Map.of("metadata", Map.of("degree", "学士")));

        assertThat(dismissed.field("status")).isEqualTo("DISMISSED");
        assertThat(dismissed.field("dismissalReason")).isEqualTo("已在窗口手工制证");
        assertThat(retried.status()).isEqualTo(409);
        assertThat(retried.text()).contains("已被忽略");
    }

    @Test
    void aRejectedImportRecordIsQueuedAndClosedWhenAFixedImportBringsItIn() {
        String serial = "Q" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String bad = """
                {"typeCode":"%s","serial":"%s","holder":{"idType":"111","idNumber":"%s","name":"张三"},
                 "metadata":{"name":"张三","degree":"院士","discipline":"工学","institution":"西北农林科技大学","awardedOn":"2016-06-30"}}
                """.formatted(DEGREE, serial, ZHANG_SAN).replace("\n", "");

        Response report = api.postRaw("/imports", issuer(MEI_EDUCATION_BUREAU), "application/x-ndjson", bad);
        assertThat(report.field("rejected")).isEqualTo("1");
        Response queued = api.get("/issuance-failures?size=100", issuer(MEI_EDUCATION_BUREAU));
        String failure = null;
        for (var item : queued.json("items")) {
            if ("IMPORT".equals(item.get("source").asString()) && item.toString().contains("metadata.degree")
                    && jdbc.queryForObject("SELECT dedupe_key FROM issuance_failure WHERE id = ?::uuid", String.class,
                    item.get("id").asString()).endsWith(":" + serial)) {
                failure = item.get("id").asString();
            }
        }
        assertThat(failure).isNotNull();
        // The record kept for the retry holds the holder's ID number only encrypted.
        assertThat(jdbc.queryForObject("SELECT request_encrypted FROM issuance_failure WHERE id = ?::uuid", String.class, failure))
                .doesNotContain(ZHANG_SAN);

        Response fixed = api.postRaw("/imports", issuer(MEI_EDUCATION_BUREAU), "application/x-ndjson", bad.replace("院士", "硕士"));

        assertThat(fixed.field("imported")).isEqualTo("1");
        Response closed = api.get("/issuance-failures/" + failure, issuer(MEI_EDUCATION_BUREAU));
        assertThat(closed.field("status")).isEqualTo("ISSUED");
        assertThat(closed.field("certificateIdentifier")).isEqualTo(fixed.json("lines").get(0).get("identifier").asString());
        // Retrying the closed entry issues nothing more.
        assertThat(api.post("/issuance-failures/" + failure + "/retry", issuer(MEI_EDUCATION_BUREAU), Map.of())
                .field("certificateIdentifier")).isEqualTo(closed.field("certificateIdentifier"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM certificate WHERE serial = ?", Integer.class, serial)).isOne();
    }

    /** A case case-service cannot give data for (here: 404) is completed by the issuer from the queue. */
    @Test
    void aConclusionCaseServiceHasNoDataForIsQueuedAndIssuedOnceTheIssuerAddsNameAndData() throws Exception {
        String caseNumber = "610326-2026-" + UUID.randomUUID().toString().substring(0, 6);
        CASE_SERVICE.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        "/api/v1/cases/by-number/" + caseNumber + "/issuance-data")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)));
        String event;
        try (var in = RetryingFailedIssuancesIT.class.getResourceAsStream("/events/case.concluded.case-service.json")) {
            event = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("CASE_NUMBER", caseNumber).replace("ID_HASH", protection.hash(ZHAO_LIU));
        }
        try (KafkaProducer<String, String> producer = IssuingFromConcludedCasesIT.producer()) {
            producer.send(IssuingFromConcludedCasesIT.record(caseNumber, UUID.randomUUID().toString(), event)).get();
        }

        String failure = awaitQueued(caseNumber);
        Response queued = api.get("/issuance-failures/" + failure, issuer(MEI_EDUCATION_BUREAU));
        assertThat(queued.field("typeCode")).isEqualTo(DEGREE);
        assertThat(queued.json("reasons").findValuesAsString("code")).containsExactly("not-found");

        Response retried = api.post("/issuance-failures/" + failure + "/retry", issuer(MEI_EDUCATION_BUREAU), Map.of(
                "holderName", "赵六",
                "metadata", Map.of("name", "赵六", "degree", "学士", "discipline", "理学", "institution", "宝鸡文理学院",
                        "awardedOn", "2012-06-30")));

        assertThat(retried.field("status")).isEqualTo("ISSUED");
        Response own = api.get("/wallet", citizen(ZHAO_LIU));
        assertThat(own.json("items").findValuesAsString("caseNumber")).contains(caseNumber);
        assertThat(own.json("items").findValuesAsString("identifier")).contains(retried.field("certificateIdentifier"));
    }

    private String concludeWithAnUnknownDegree() throws Exception {
        String caseNumber = "610326-2026-" + UUID.randomUUID().toString().substring(0, 6);
        String event = IssuingFromConcludedCasesIT.sample(caseNumber, protection.hash(ZHAO_LIU)).replace("\"学士\"", "\"院士\"");
        try (KafkaProducer<String, String> producer = IssuingFromConcludedCasesIT.producer()) {
            producer.send(IssuingFromConcludedCasesIT.record(caseNumber, UUID.randomUUID().toString(), event)).get();
        }
        return caseNumber;
    }

    private String awaitQueued(String caseNumber) {
        await().atMost(Duration.ofSeconds(60)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM issuance_failure WHERE case_number = ?", Integer.class, caseNumber) == 1);
        return jdbc.queryForObject("SELECT id::text FROM issuance_failure WHERE case_number = ?", String.class, caseNumber);
    }
}
