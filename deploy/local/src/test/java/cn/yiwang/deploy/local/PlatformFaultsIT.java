package cn.yiwang.deploy.local;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.yiwang.deploy.local.TestPlatform.JSON;
import static cn.yiwang.deploy.local.TestPlatform.awaitJson;
import static cn.yiwang.deploy.local.TestPlatform.expect;
import static cn.yiwang.deploy.local.TestPlatform.idempotencyKey;
import static cn.yiwang.deploy.local.TestPlatform.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #11 "Faults" on the whole local platform (shared with {@link PlatformFlowsIT}, which runs
 * first): parts are taken away while citizens apply through the gateway, and brought back. The
 * Kafka broker stops for 30 s; case-service is killed with SIGKILL and started again on its port;
 * certificate-service is down while a citizen applies with an e-certificate. Every acknowledged
 * application must be stored, and its {@code case.submitted} event must reach {@code cases.case.v1}
 * — once in effect: one distinct {@code ce_id} per case, however often the outbox sent it.
 * (A PostgreSQL restart is covered by case-service's ServicesSurviveADatabaseRestartIT.)
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
@Order(3)
@ExtendWith(WholePlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformFaultsIT {

    private static final String CITIZEN = "citizen.meixian";
    private static final String CITIZEN_ID_NUMBER = "610326198503122019";
    private static final String APPLICANT_PHONE = "13609170326";
    private static final String CASES_TOPIC = "cases.case.v1";
    /** After a part comes back: the outbox sweep of case-service runs every 5 s on entries older than 15 s here. */
    private static final Duration EVENTS_AFTER_RECOVERY = Duration.ofSeconds(150);

    private static TestPlatform platform;
    /** A published Mei County item of the demo catalogue the citizens apply for. */
    private static String itemCode;

    @BeforeAll
    static void platform(TestPlatform whole) {
        platform = whole;
        itemCode = DemoSteps.meiCountyPublicSecurityItemWithPromisedLimit(platform).path("code").asString();
    }

    /** Whatever a failed test took away comes back, so the next test starts from a whole platform. */
    @AfterEach
    void everythingRunsAgain() {
        LocalPlatform local = platform.platform();
        local.startBroker();
        for (Component component : List.of(Component.CASES, Component.CERTIFICATE)) {
            if (!local.isRunning(component)) {
                local.restart(component);
            }
        }
    }

    @Test
    @Order(1)
    void applicationsKeepBeingAcknowledgedWhileKafkaIsDownAndEveryOnesSubmittedEventArrivesOnceAfterwards()
            throws Exception {
        Submissions submissions = Submissions.start(platform, itemCode, Duration.ofMillis(1500));
        try {
            submissions.awaitAcknowledged(3);
            platform.platform().stopBroker();
            int beforeOutage = submissions.count();
            Thread.sleep(30_000);
            assertThat(submissions.count()).as("applications sent while Kafka was down").isGreaterThan(beforeOutage + 5);
            platform.platform().startBroker();
            int afterRestart = submissions.count();
            await("applications after Kafka came back").atMost(Duration.ofSeconds(30))
                    .until(() -> submissions.acknowledgedSince(afterRestart) >= 3);
        } finally {
            submissions.stop();
        }

        assertThat(submissions.refused()).as("answers other than 201 Created").isEmpty();
        List<String> acknowledged = submissions.acknowledged();
        assertThat(acknowledged).hasSizeGreaterThan(25);
        everyAcknowledgedCaseIsStored(acknowledged);
        everySubmittedEventArrivesOnceInEffect(acknowledged);
    }

    @Test
    @Order(2)
    void whileCaseServiceIsKilledTheGatewayAnswers503NamingItAndAfterItsRestartRoutesAgainAndNothingAcknowledgedIsLost()
            throws Exception {
        Submissions submissions = Submissions.start(platform, itemCode, Duration.ofMillis(700));
        List<Submissions.Outcome> whileDown;
        try {
            submissions.awaitAcknowledged(5);
            platform.platform().kill(Component.CASES);
            int afterKill = submissions.count();
            await("the gateway's answers while case-service is down").atMost(Duration.ofSeconds(30))
                    .until(() -> submissions.refusedSince(afterKill) >= 3);
            whileDown = submissions.since(afterKill);
            platform.platform().restart(Component.CASES);
            int afterRestart = submissions.count();
            // The gateway's circuit breaker lets a probe through within 10 s of opening; no gateway restart.
            await("applications acknowledged after case-service came back").atMost(Duration.ofSeconds(60))
                    .until(() -> submissions.acknowledgedSince(afterRestart) >= 3);
        } finally {
            submissions.stop();
        }

        // Down: refused at once with 503. Starting again, the first requests on a cold JVM may also
        // outlast the gateway's 10 s response timeout: 504, naming the service as well.
        assertThat(whileDown).as("the gateway's answers while case-service was down")
                .isNotEmpty().allSatisfy(outcome -> assertThat(outcome.status()).as(outcome.body()).isEqualTo(503));
        assertThat(submissions.refused()).allSatisfy(outcome -> {
            assertThat(outcome.status()).as(outcome.body()).isIn(503, 504);
            assertThat(outcome.contentType()).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(outcome.body());
            assertThat(problem.path("status").asInt()).isEqualTo(outcome.status());
            assertThat(problem.path("detail").asString()).contains("case-service");
        });
        List<String> acknowledged = submissions.acknowledged();
        everyAcknowledgedCaseIsStored(acknowledged);
        everySubmittedEventArrivesOnceInEffect(acknowledged);
    }

    /**
     * 免证办 while certificate-service is down: the application with the household register from
     * the wallet is accepted, the certificate "pending verification"; when certificate-service is
     * back, case-service's re-check (every 5 s here, every minute by default) verifies it.
     */
    @Test
    @Order(3)
    void anApplicationWithAnECertificateIsAcceptedPendingWhileCertificateServiceIsDownAndVerifiedWhenItReturns() {
        String item = DemoSteps.publishBaojiPublicSecurityItem(platform, "610790002000", "机动车驾驶证换证");
        String register = householdRegisterInTheWallet();

        platform.platform().kill(Component.CERTIFICATE);
        JsonNode filed = expect(201, platform.post(CITIZEN, "/api/v1/cases", Map.of(
                "itemCode", item, "applicantType", "PERSON", "applicantName", "张伟",
                "applicantIdNumber", CITIZEN_ID_NUMBER, "applicantPhone", APPLICANT_PHONE, "channel", "MOBILE",
                "materials", List.of(
                        Map.of("code", "household-register", "provision", "E_CERTIFICATE", "reference", register),
                        Map.of("code", "application-form", "provision", "UPLOAD", "reference", "uploads/faults/form.pdf"))),
                Map.of("Idempotency-Key", idempotencyKey())));
        String caseId = filed.path("id").asString();
        assertThat(filed.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(material(filed, "household-register").path("verification").asString()).isEqualTo("PENDING");
        // While it is pending, the hall cannot accept the case on an unchecked certificate.
        assertThat(platform.post("clerk.meixian", "/api/v1/cases/" + caseId + "/acceptance", null).status())
                .isIn(409, 404);

        platform.platform().restart(Component.CERTIFICATE);

        JsonNode verified = awaitJson("the re-check of case " + caseId + "'s household register", Duration.ofSeconds(120), () -> {
            JsonNode view = expect(200, platform.get(CITIZEN, "/api/v1/cases/" + caseId));
            return "VERIFIED".equals(material(view, "household-register").path("verification").asString())
                    ? Optional.of(view) : Optional.empty();
        });
        assertThat(verified.path("status").asString()).isEqualTo("SUBMITTED");
    }

    // --- what every fault must leave intact ---------------------------------------------------------

    private static void everyAcknowledgedCaseIsStored(List<String> caseIds) {
        for (String caseId : caseIds) {
            JsonNode stored = awaitJson("case " + caseId + " in case-service", Duration.ofSeconds(30), () -> {
                TestPlatform.Response response = platform.get(CITIZEN, "/api/v1/cases/" + caseId);
                return response.status() == 200 ? Optional.of(JSON.readTree(response.body())) : Optional.empty();
            });
            assertThat(stored.path("id").asString()).isEqualTo(caseId);
        }
    }

    /**
     * Reads {@code cases.case.v1} from the beginning with a plain consumer until every case has its
     * {@code case.submitted} event, then a few seconds more to catch late copies; a copy the outbox
     * sent again carries the same {@code ce_id}, which is what consumers de-duplicate on.
     */
    private static void everySubmittedEventArrivesOnceInEffect(List<String> caseIds) {
        Map<String, Set<String>> eventIds = new HashMap<>();
        Set<String> wanted = new HashSet<>(caseIds);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.platform().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "platform-faults-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(CASES_TOPIC));
            long deadline = System.nanoTime() + EVENTS_AFTER_RECOVERY.toNanos();
            long settleUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settleUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = JSON.readTree(record.value());
                    String caseId = event.path("caseId").asString();
                    if (wanted.contains(caseId) && "submitted".equals(event.path("event").asString())) {
                        eventIds.computeIfAbsent(caseId, id -> new HashSet<>()).add(header(record, "ce_id"));
                    }
                }
                if (settleUntil == Long.MAX_VALUE && eventIds.keySet().containsAll(wanted)) {
                    settleUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                }
            }
        }
        List<String> missing = caseIds.stream().filter(id -> !eventIds.containsKey(id)).toList();
        assertThat(missing).as("acknowledged cases without a case.submitted event on " + CASES_TOPIC).isEmpty();
        assertThat(eventIds).allSatisfy((caseId, ids) ->
                assertThat(ids).as("distinct ce_id of case " + caseId + "'s submitted event").hasSize(1));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "(no " + name + ")" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode material(JsonNode caseView, String code) {
        return stream(caseView.path("materials")).filter(m -> code.equals(m.path("code").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no material " + code + " in " + caseView));
    }

    /** The citizen's household register: issued now by the Baoji bureau, or the one already in her wallet. */
    private static String householdRegisterInTheWallet() {
        TestPlatform.Response issued = platform.post("deptadmin.baoji", "/api/v1/certificates", Map.of(
                "typeCode", DemoSteps.HOUSEHOLD_REGISTER,
                "holder", Map.of("idType", "111", "idNumber", CITIZEN_ID_NUMBER, "name", "张伟"),
                "metadata", Map.of("householdHead", "张伟", "householdType", "家庭户",
                        "address", "陕西省宝鸡市眉县首善镇中街12号", "relationToHead", "户主")));
        if (issued.status() == 201) {
            return JSON.readTree(issued.body()).path("identifier").asString();
        }
        JsonNode wallet = expect(200, platform.get(CITIZEN, "/api/v1/certificates/wallet?size=100"));
        return stream(wallet.path("items"))
                .filter(c -> DemoSteps.HOUSEHOLD_REGISTER.equals(c.path("typeCode").asString()))
                .map(c -> c.path("identifier").asString())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no household register issued (" + issued.status() + " "
                        + issued.body() + ") nor in the wallet: " + wallet));
    }

    /**
     * Citizens' applications sent one after another at a steady pace through the gateway, each with
     * its own Idempotency-Key, until stopped; every answer is kept.
     */
    static final class Submissions {

        record Outcome(int index, int status, String body, String contentType, String caseId) {
        }

        private final TestPlatform platform;
        private final String itemCode;
        private final Duration pace;
        private final List<Outcome> outcomes = new ArrayList<>();
        private final AtomicInteger sent = new AtomicInteger();
        private volatile boolean stopped;
        private Thread thread;

        private Submissions(TestPlatform platform, String itemCode, Duration pace) {
            this.platform = platform;
            this.itemCode = itemCode;
            this.pace = pace;
        }

        static Submissions start(TestPlatform platform, String itemCode, Duration pace) {
            Submissions submissions = new Submissions(platform, itemCode, pace);
            submissions.thread = new Thread(submissions::run, "faults-submissions");
            submissions.thread.setDaemon(true);
            submissions.thread.start();
            return submissions;
        }

        private void run() {
            while (!stopped) {
                int index = sent.incrementAndGet();
                Outcome outcome;
                try {
                    TestPlatform.Response response = platform.post(CITIZEN, "/api/v1/cases", application(index),
                            Map.of("Idempotency-Key", idempotencyKey()));
                    String caseId = response.status() == 201 ? JSON.readTree(response.body()).path("id").asString() : null;
                    outcome = new Outcome(index, response.status(), response.body(),
                            response.raw().headers().firstValue("Content-Type").orElse(""), caseId);
                } catch (RuntimeException e) {
                    outcome = new Outcome(index, -1, e.toString(), "", null);
                }
                synchronized (outcomes) {
                    outcomes.add(outcome);
                }
                try {
                    Thread.sleep(pace.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private Map<String, Object> application(int index) {
            return Map.of("itemCode", itemCode, "applicantType", "PERSON", "applicantName", "张伟",
                    "applicantIdNumber", CITIZEN_ID_NUMBER, "applicantPhone", APPLICANT_PHONE, "channel", "MOBILE",
                    "materials", List.of(Map.of("code", "application-form", "provision", "UPLOAD",
                            "reference", "uploads/faults/application-form-" + index + ".pdf")));
        }

        void stop() throws InterruptedException {
            stopped = true;
            thread.join(Duration.ofSeconds(40).toMillis());
        }

        /** Answers received so far. */
        int count() {
            synchronized (outcomes) {
                return outcomes.size();
            }
        }

        void awaitAcknowledged(int count) {
            await("the first acknowledged applications").atMost(Duration.ofSeconds(60))
                    .until(() -> acknowledged().size() >= count);
        }

        int acknowledgedSince(int answer) {
            return (int) since(answer).stream().filter(o -> o.status() == 201).count();
        }

        int refusedSince(int answer) {
            return (int) since(answer).stream().filter(o -> o.status() != 201).count();
        }

        List<String> acknowledged() {
            return since(0).stream().filter(o -> o.status() == 201).map(Outcome::caseId).toList();
        }

        List<Outcome> refused() {
            return since(0).stream().filter(o -> o.status() != 201).toList();
        }

        List<Outcome> since(int answer) {
            synchronized (outcomes) {
                return List.copyOf(outcomes.subList(Math.min(answer, outcomes.size()), outcomes.size()));
            }
        }
    }
}
