package cn.yiwang.certificate.issuance.messaging;

import cn.yiwang.certificate.support.Api.Response;
import cn.yiwang.certificate.support.CertificateIntegrationTestBase;
import cn.yiwang.certificate.support.TopicReader;
import cn.yiwang.common.identifier.UnifiedCreditCode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ARCHITECTURE.md flow 3 as deployed: case-service's real {@code case.concluded} (its example event)
 * names the certificate type but carries no holder ID number, name or data; this service fetches
 * them from case-service (its example answer, served by WireMock — the peer is the one thing
 * stubbed) with its own token, and issues once per case; while case-service is away the conclusion
 * waits and is issued when it is back; a case case-service does not know or will not issue, and
 * data that breaks the type, go to the issuer's failure queue.
 */
class IssuingWithCaseServiceDataIT extends CertificateIntegrationTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path EVENT = Path.of("../case-service/src/main/resources/contracts/events/case-concluded.json");
    private static final Path ANSWER = Path.of("../case-service/src/main/resources/contracts/rest/case-issuance-data.json");
    private static final String FOOD_LICENCE = "11100000000013338W032";
    private static final String MARKET_REGULATOR = "11610326MB2857143R";
    private static final Duration BOUND = Duration.ofSeconds(60);

    @Autowired
    Resilience4JCircuitBreakerFactory breakers;

    @Test
    void aRealConclusionIssuesASignedVerifiableFoodLicenceIntoTheOperatorsWalletExactlyOnce() throws Exception {
        Case kase = new Case();
        CASE_SERVICE.stubFor(kase.issuanceData().withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(json(200, kase.answer())));
        String eventId = UUID.randomUUID().toString();
        String redeliveredUnderANewId = UUID.randomUUID().toString();

        try (TopicReader issuedEvents = new TopicReader(CertificateEventsV1.TOPIC);
             KafkaProducer<String, String> producer = IssuingFromConcludedCasesIT.producer()) {
            producer.send(IssuingFromConcludedCasesIT.record(kase.number, eventId, kase.event())).get();
            producer.send(IssuingFromConcludedCasesIT.record(kase.number, eventId, kase.event())).get();
            producer.send(IssuingFromConcludedCasesIT.record(kase.number, redeliveredUnderANewId, kase.event())).get();

            await().atMost(BOUND).until(() -> processed(redeliveredUnderANewId) && processed(eventId));
            assertThat(certificates(kase.number)).isOne();
            CASE_SERVICE.verify(1, getRequestedFor(urlPathEqualTo(kase.path()))
                    .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN)));

            Response wallet = api.get("/wallet", enterprise(kase.holder));
            JsonNode licence = null;
            for (JsonNode item : wallet.json("items")) {
                if (kase.number.equals(item.path("caseNumber").asString())) {
                    licence = item;
                }
            }
            assertThat(licence).as(wallet.text()).isNotNull();
            String identifier = licence.path("identifier").asString();
            assertThat(identifier).startsWith("1.2.156.3005.2." + FOOD_LICENCE + "." + MARKET_REGULATOR + ".");
            Response own = api.get("/" + licence.path("id").asString(), enterprise(kase.holder));
            assertThat(own.field("holder.name")).isEqualTo("眉县秦味餐饮店");
            assertThat(own.field("holder.idNumber")).as("the holder sees its own code").isEqualTo(kase.holder);
            assertThat(own.field("validFrom")).isEqualTo("2026-03-30");
            assertThat(own.field("validUntil")).isEqualTo("2031-03-29");
            assertThat(own.text()).contains("眉县首善街道平阳街12号").contains("热食类食品制售");
            // The holder's number is kept as on a manual issue: encrypted, and hashed for the wallet.
            Map<String, Object> stored = jdbc.queryForMap(
                    "SELECT holder_id_type, holder_id_hash, holder_id_encrypted FROM certificate WHERE case_number = ?", kase.number);
            assertThat(stored.get("holder_id_type")).isEqualTo("001");
            assertThat(stored.get("holder_id_hash")).isEqualTo(protection.hash(kase.holder));
            assertThat(protection.decrypt((String) stored.get("holder_id_encrypted"))).isEqualTo(kase.holder);
            assertThat((String) stored.get("holder_id_encrypted")).doesNotContain(kase.holder);

            Response verified = api.get("/verify/" + identifier, null);
            assertThat(verified.field("genuine")).isEqualTo("true");
            assertThat(verified.text()).doesNotContain(kase.holder);

            // case-service attaches the certificate to the case by its id (its CertificateIssuedV1 reader).
            ConsumerRecord<String, String> issued = issuedEvents.await("yiwang.certificate.issued.v1", kase.number);
            JsonNode event = JSON.readTree(issued.value());
            assertThat(event.path("caseId").asString()).isEqualTo(kase.id);
            assertThat(event.path("caseNumber").asString()).isEqualTo(kase.number);
            assertThat(event.path("identifier").asString()).isEqualTo(identifier);
        }
    }

    @Test
    void whileCaseServiceIsDownTheConclusionWaitsAndIsIssuedOnceCaseServiceAnswersAgain() throws Exception {
        Case kase = new Case();
        CASE_SERVICE.stubFor(kase.issuanceData().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        kase.conclude();

        await().atMost(BOUND).until(() -> attempts(kase.number) >= 3);
        assertThat(certificates(kase.number)).isZero();
        assertThat(queued(kase.number)).isZero();
        assertThat(jdbc.queryForObject("SELECT settled_at IS NULL FROM case_issuance_pending WHERE case_number = ?",
                Boolean.class, kase.number)).isTrue();
        assertThat(awaitingDataGauge()).as("operators see the backlog").isGreaterThanOrEqualTo(1);

        // Slow is no better than down: an answer after the read timeout counts as none.
        CASE_SERVICE.stubFor(kase.issuanceData().willReturn(json(200, kase.answer()).withFixedDelay(1500)));
        int before = attempts(kase.number);
        await().atMost(BOUND).until(() -> attempts(kase.number) > before + 1);
        assertThat(certificates(kase.number)).isZero();

        CASE_SERVICE.stubFor(kase.issuanceData().willReturn(json(200, kase.answer())));

        await().atMost(BOUND).until(() -> certificates(kase.number) == 1);
        await().atMost(BOUND).until(() -> "ISSUED".equals(jdbc.queryForObject(
                "SELECT outcome FROM case_issuance_pending WHERE case_number = ?", String.class, kase.number)));
        assertThat(api.get("/wallet", enterprise(kase.holder)).json("items").findValuesAsString("caseNumber")).contains(kase.number);
        assertThat(queued(kase.number)).isZero();
    }

    @Test
    void aCaseCaseServiceDoesNotKnowOrWillNotIssueGoesToTheFailureQueueWithThatReasonAndIsNotAskedAgain() throws Exception {
        Case unknown = new Case();
        Case notApproved = new Case();
        CASE_SERVICE.stubFor(unknown.issuanceData().willReturn(problem(404, "办件不存在")));
        CASE_SERVICE.stubFor(notApproved.issuanceData().willReturn(problem(409, "办件未准予许可")));

        unknown.conclude();
        notApproved.conclude();

        await().atMost(BOUND).until(() -> queued(unknown.number) == 1 && queued(notApproved.number) == 1);
        Response first = api.get("/issuance-failures/" + failureOf(unknown.number), issuer(MARKET_REGULATOR));
        assertThat(first.field("source")).isEqualTo("CASE");
        assertThat(first.field("typeCode")).isEqualTo(FOOD_LICENCE);
        assertThat(first.json("reasons").findValuesAsString("code")).containsExactly("not-found");
        assertThat(first.json("reasons").get(0).path("message").asString()).contains(unknown.number);
        Response second = api.get("/issuance-failures/" + failureOf(notApproved.number), issuer(MARKET_REGULATOR));
        assertThat(second.json("reasons").findValuesAsString("code")).containsExactly("not-issuable");

        Thread.sleep(2_000); // four retry intervals: a settled case is not asked again
        CASE_SERVICE.verify(1, getRequestedFor(urlPathEqualTo(unknown.path())));
        CASE_SERVICE.verify(1, getRequestedFor(urlPathEqualTo(notApproved.path())));
        assertThat(certificates(unknown.number) + certificates(notApproved.number)).isZero();
    }

    @Test
    void dataThatBreaksTheTypesSchemaIsQueuedForTheIssuerWhoCompletesItAndIssuesOnce() throws Exception {
        Case kase = new Case();
        String withoutMainBusiness = kase.answer().replace(",\n    \"mainBusiness\" : \"热食类食品制售\"", "");
        assertThat(withoutMainBusiness).doesNotContain("mainBusiness");
        CASE_SERVICE.stubFor(kase.issuanceData().willReturn(json(200, withoutMainBusiness)));

        kase.conclude();

        await().atMost(BOUND).until(() -> queued(kase.number) == 1);
        String failure = failureOf(kase.number);
        Response entry = api.get("/issuance-failures/" + failure, issuer(MARKET_REGULATOR));
        assertThat(entry.json("reasons").findValuesAsString("field")).containsExactly("metadata.mainBusiness");
        assertThat(entry.field("retryable")).isEqualTo("true");
        assertThat(jdbc.queryForObject("SELECT request_encrypted FROM issuance_failure WHERE id = ?::uuid", String.class, failure))
                .doesNotContain(kase.holder);

        Response retried = api.post("/issuance-failures/" + failure + "/retry", issuer(MARKET_REGULATOR),
                Map.of("metadata", Map.of("mainBusiness", "热食类食品制售")));

        assertThat(retried.status()).as(retried.text()).isEqualTo(200);
        assertThat(retried.field("status")).isEqualTo("ISSUED");
        assertThat(certificates(kase.number)).isOne();
        assertThat(jdbc.queryForObject("SELECT holder_id_hash FROM certificate WHERE case_number = ?", String.class, kase.number))
                .isEqualTo(protection.hash(kase.holder));
        assertThat(api.get("/wallet", enterprise(kase.holder)).json("items").findValuesAsString("identifier"))
                .contains(retried.field("certificateIdentifier"));
    }

    /**
     * The rule of issue #7 against a second certificate: once the issuer has issued the case's
     * certificate by hand (without the case number), neither a retry of the queued case nor a
     * late automatic issue adds another; the issuer dismisses the entry.
     */
    @Test
    void aRetryAfterTheIssuerIssuedTheLicenceByHandIsRefusedUnlessTheIssuerConfirmsThatLicenceIsAnotherOne() throws Exception {
        Case kase = new Case();
        CASE_SERVICE.stubFor(kase.issuanceData().willReturn(json(200,
                kase.answer().replace(",\n    \"mainBusiness\" : \"热食类食品制售\"", ""))));
        kase.conclude();
        await().atMost(BOUND).until(() -> queued(kase.number) == 1);
        String failure = failureOf(kase.number);

        Response byHand = api.post("", issuer(MARKET_REGULATOR), kase.manualIssue());
        assertThat(byHand.status()).as(byHand.text()).isEqualTo(201);
        Response retried = api.post("/issuance-failures/" + failure + "/retry", issuer(MARKET_REGULATOR),
                Map.of("metadata", Map.of("mainBusiness", "热食类食品制售")));

        assertThat(retried.status()).isEqualTo(409);
        assertThat(retried.text()).contains(byHand.field("identifier"));
        Response namingAnother = api.post("/issuance-failures/" + failure + "/retry", issuer(MARKET_REGULATOR),
                Map.of("metadata", Map.of("mainBusiness", "热食类食品制售"), "distinctFrom", byHand.field("identifier") + "X"));
        assertThat(namingAnother.status()).isEqualTo(409);
        assertThat(holdersLicences(kase.holder)).isOne();
        assertThat(api.get("/issuance-failures/" + failure, issuer(MARKET_REGULATOR)).field("status")).isEqualTo("OPEN");

        // The licence by hand was for other premises: the issuer says so by naming it, and the case's licence is issued.
        Response confirmed = api.post("/issuance-failures/" + failure + "/retry", issuer(MARKET_REGULATOR),
                Map.of("metadata", Map.of("mainBusiness", "热食类食品制售"), "distinctFrom", byHand.field("identifier")));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.field("status")).isEqualTo("ISSUED");
        assertThat(certificates(kase.number)).isOne();
        assertThat(holdersLicences(kase.holder)).isEqualTo(2);
    }

    @Test
    void aConclusionWhoseLicenceWasIssuedByHandWhileCaseServiceWasAwayIsQueuedNotIssuedTwice() throws Exception {
        Case kase = new Case();
        CASE_SERVICE.stubFor(kase.issuanceData().willReturn(aResponse().withStatus(503)));
        kase.conclude();
        await().atMost(BOUND).until(() -> attempts(kase.number) >= 1);

        Response byHand = api.post("", issuer(MARKET_REGULATOR), kase.manualIssue());
        assertThat(byHand.status()).as(byHand.text()).isEqualTo(201);
        CASE_SERVICE.stubFor(kase.issuanceData().willReturn(json(200, kase.answer())));

        await().atMost(BOUND).until(() -> queued(kase.number) == 1);
        Response entry = api.get("/issuance-failures/" + failureOf(kase.number), issuer(MARKET_REGULATOR));
        assertThat(entry.json("reasons").findValuesAsString("code")).containsExactly("issued-by-hand");
        assertThat(entry.text()).contains(byHand.field("identifier"));
        assertThat(holdersLicences(kase.holder)).isOne();
        assertThat(certificates(kase.number)).isZero();
    }

    @Test
    void theBreakerAroundCaseServiceIsTunedForThisPeerNotLeftAtResilience4jsDefaults() {
        breakers.create("case-service");
        CircuitBreakerConfig config = breakers.getCircuitBreakerRegistry().circuitBreaker("case-service").getCircuitBreakerConfig();

        assertThat(config.getSlidingWindowSize()).isEqualTo(10);
        assertThat(config.getMinimumNumberOfCalls()).isEqualTo(4);
        assertThat(config.getFailureRateThreshold()).isEqualTo(50f);
        assertThat(config.getSlowCallDurationThreshold()).isEqualTo(Duration.ofMillis(2500));
        assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(2);
    }

    /** One concluded food-licence case of a fresh operator, built from case-service's own examples. */
    private final class Case {

        final String number = "11610326MB2857143R4610300123000" + "2026" + (100_000_000L + ThreadLocalRandom.current().nextLong(900_000_000L));
        final String id = UUID.randomUUID().toString();
        final String holder = newCreditCode();

        String path() {
            return "/api/v1/cases/by-number/" + number + "/issuance-data";
        }

        MappingBuilder issuanceData() {
            return WireMock.get(urlPathEqualTo(path()));
        }

        String event() throws Exception {
            return personalised(Files.readString(EVENT));
        }

        String answer() throws Exception {
            return personalised(Files.readString(ANSWER)).replace("92610326MA6X5Q8L1E", holder);
        }

        void conclude() throws Exception {
            try (KafkaProducer<String, String> producer = IssuingFromConcludedCasesIT.producer()) {
                producer.send(IssuingFromConcludedCasesIT.record(number, UUID.randomUUID().toString(), event())).get();
            }
        }

        /** The same licence issued at the window without the case number. */
        Map<String, Object> manualIssue() {
            return Map.of("typeCode", FOOD_LICENCE,
                    "holder", Map.of("idType", "001", "idNumber", holder, "name", "眉县秦味餐饮店"),
                    "metadata", Map.of("operatorName", "眉县秦味餐饮店", "businessPremises", "眉县首善街道平阳街12号",
                            "mainBusiness", "热食类食品制售"));
        }

        private String personalised(String example) {
            return example.replace("11610326MB2857143R461030012300020260302000001", number)
                    .replace("73e0d000-bff9-4a06-affc-55e5b31621c8", id);
        }
    }

    /** A fresh individual business's unified social credit code with its GB 32100 check character. */
    private static String newCreditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("92610326MA");
        for (int i = 0; i < 7; i++) {
            code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return code.append(UnifiedCreditCode.checkCharacter(code)).toString();
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static ResponseDefinitionBuilder problem(int status, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": " + status + ", \"detail\": \"" + detail + "\"}");
    }

    private boolean processed(String eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?", Integer.class,
                CaseConcludedListener.CONSUMER, eventId) == 1;
    }

    private double awaitingDataGauge() {
        return api.text("/actuator/prometheus").lines().filter(line -> line.startsWith("yiwang_certificates_case_awaiting_data"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }

    private int certificates(String caseNumber) {
        return jdbc.queryForObject("SELECT count(*) FROM certificate WHERE case_number = ?", Integer.class, caseNumber);
    }

    private int holdersLicences(String creditCode) {
        return jdbc.queryForObject("SELECT count(*) FROM certificate WHERE holder_id_hash = ? AND type_code = ?", Integer.class,
                protection.hash(creditCode), FOOD_LICENCE);
    }

    private int queued(String caseNumber) {
        return jdbc.queryForObject("SELECT count(*) FROM issuance_failure WHERE case_number = ? AND status = 'OPEN'", Integer.class,
                caseNumber);
    }

    private int attempts(String caseNumber) {
        Integer attempts = jdbc.query("SELECT attempts FROM case_issuance_pending WHERE case_number = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, caseNumber);
        return attempts == null ? 0 : attempts;
    }

    private String failureOf(String caseNumber) {
        return jdbc.queryForObject("SELECT id::text FROM issuance_failure WHERE case_number = ?", String.class, caseNumber);
    }
}
