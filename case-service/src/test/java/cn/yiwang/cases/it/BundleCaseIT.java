package cn.yiwang.cases.it;

import cn.yiwang.common.test.Tokens;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 一件事 新生儿出生: one application for three items of three departments, with one form and one set
 * of materials some of which several items share; the children are handled in parallel and the
 * parent concludes with the last of them.
 */
class BundleCaseIT extends CaseServiceITSupport {

    static final UUID NEWBORN = UUID.fromString("5e1c0a7b-2b6f-4c8e-9a31-0f4d2c6b8e01");
    /** Mei County's hall, where 一件事 applications are accepted at one window (一窗受理). */
    static final String ONE_WINDOW = "11610326MB0000001M";
    static final String HEALTH = "11610326MB0000005A";
    static final String POLICE = "11610326MB0000006B";
    static final String INSURANCE = "11610326MB0000007C";
    static final String BIRTH_CERTIFICATE = HEALTH + "4610300200000";
    static final String BIRTH_REGISTRATION = POLICE + "4610300300000";
    static final String INSURANCE_ENROLMENT = INSURANCE + "4610300400000";

    private String citizen;
    private String hallClerk;

    @BeforeEach
    void setUp() {
        bundleIsPublished();
        clockAt("2026-03-02T09:00");
        citizen = Tokens.forRoles("citizen").subject("citizen-zhang").idHash(personalData.hash(CITIZEN_ID)).bearer();
        hallClerk = Tokens.forRoles("window-clerk").subject("clerk-hall").region(MEI_COUNTY).org(ONE_WINDOW).bearer();
    }

    @Test
    void aNewbornApplicationFilesOneCasePerItemAndConcludesWhenTheLastDepartmentHasDecided() throws Exception {
        Reply applied = post("/bundles", citizen, newbornApplication(), Map.of("Idempotency-Key", "newborn-" + UUID.randomUUID()));
        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);
        String parent = applied.body().get("id").asText();
        assertThat(applied.body().get("number").asText()).startsWith("YJS" + MEI_COUNTY + "20260302");
        assertThat(applied.body().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(applied.body().at("/bundle/name").asText()).isEqualTo("新生儿出生");
        assertThat(applied.body().at("/form/child.name").asText()).isEqualTo("张小宝");
        Map<String, String> children = childrenByItem(applied.body());
        assertThat(children).containsOnlyKeys(BIRTH_CERTIFICATE, BIRTH_REGISTRATION, INSURANCE_ENROLMENT);

        assertThat(materialCodes(children.get(BIRTH_CERTIFICATE))).containsExactly("id-card", "delivery-record");
        assertThat(materialCodes(children.get(BIRTH_REGISTRATION)))
                .containsExactly("id-card", "birth-medical-certificate", "household-register");
        assertThat(materialCodes(children.get(INSURANCE_ENROLMENT))).containsExactly("id-card", "birth-medical-certificate");
        assertThat(applied.body().at("/deadline/promisedLimitDays").asInt()).isEqualTo(5);
        assertThat(java.time.Instant.parse(applied.body().at("/deadline/promisedDueAt").asText()))
                .as("five working days from Monday 2 March: to the end of Monday 9 March").isEqualTo(beijing("2026-03-10T00:00"));
        assertThat(applied.body().at("/deadline/colour").asText()).isEqualTo("GREEN");
        JsonNode registration = get("/" + children.get(BIRTH_REGISTRATION), citizen).body();
        assertThat(registration.at("/bundle/id").asText()).as("the child names its parent").isEqualTo(parent);
        assertThat(registration.at("/bundle/number").asText()).isEqualTo(applied.body().get("number").asText());
        assertThat(registration.at("/decidingBody/orgCode").asText()).isEqualTo(POLICE);
        assertThat(registration.at("/acceptingHall/orgCode").asText()).isEqualTo(ONE_WINDOW);

        children.values().forEach(child -> assertThat(post("/" + child + "/acceptance", hallClerk, null).status()).isEqualTo(200));
        clockAt("2026-03-03T10:00");
        assertThat(post("/" + children.get(BIRTH_CERTIFICATE) + "/conclusion", approver(HEALTH),
                Map.of("outcome", "APPROVED", "result", "签发出生医学证明")).status()).isEqualTo(200);
        assertThat(post("/" + children.get(BIRTH_REGISTRATION) + "/conclusion", approver(POLICE),
                Map.of("outcome", "APPROVED", "result", "准予登记")).status()).isEqualTo(200);
        Reply meanwhile = get("/bundles/" + parent, citizen);
        assertThat(meanwhile.body().get("status").asText()).as("one child is still open").isEqualTo("IN_PROGRESS");
        assertThat(meanwhile.body().get("children")).extracting(child -> child.get("status").asText())
                .containsExactlyInAnyOrder("CONCLUDED", "CONCLUDED", "ACCEPTED");

        clockAt("2026-03-04T10:00");
        assertThat(post("/" + children.get(INSURANCE_ENROLMENT) + "/conclusion", approver(INSURANCE),
                Map.of("outcome", "DENIED", "result", "已在外地参保")).status()).isEqualTo(200);
        Reply concluded = get("/bundles/" + parent, approver(POLICE));
        assertThat(concluded.status()).as("a department handling a child sees the parent").isEqualTo(200);
        assertThat(concluded.body().get("status").asText()).isEqualTo("CONCLUDED");
        assertThat(concluded.body().at("/result/outcome").asText()).isEqualTo("PARTLY_APPROVED");
        assertThat(concluded.body().at("/result/approved").asInt()).isEqualTo(2);
        assertThat(concluded.body().at("/result/denied").asInt()).isEqualTo(1);
        assertThat(concluded.body().at("/deadline/colour").isMissingNode()).as("no light once concluded").isTrue();
        assertThat(concluded.body().at("/deadline/kept").asBoolean()).as("concluded on 4 March, promised by 9 March").isTrue();

        List<ConsumerRecord<String, String>> parentEvents = distinctEvents(parent, 2);
        assertThat(parentEvents).extracting(record -> header(record, "ce_type"))
                .containsExactlyInAnyOrder("yiwang.case.bundlesubmitted.v1", "yiwang.case.bundleconcluded.v1");
        JsonNode conclusion = parentEvents.stream().filter(record -> header(record, "ce_type").contains("concluded"))
                .map(record -> json.readTree(record.value())).findFirst().orElseThrow();
        assertThat(conclusion.get("children")).hasSize(3);
        assertThat(conclusion.at("/result/outcome").asText()).isEqualTo("PARTLY_APPROVED");
        assertThat(conclusion.toString()).doesNotContain(CITIZEN_ID);
        List<ConsumerRecord<String, String>> childEvents = distinctEvents(children.get(INSURANCE_ENROLMENT), 3);
        assertThat(childEvents).extracting(record -> header(record, "ce_type"))
                .containsExactly("yiwang.case.submitted.v1", "yiwang.case.accepted.v1", "yiwang.case.concluded.v1");
        assertThat(childEvents).as("every event of a child names the parent").allSatisfy(record -> {
            JsonNode event = json.readTree(record.value());
            assertThat(event.get("bundleCaseId").asText()).isEqualTo(parent);
            assertThat(event.get("bundleCaseNumber").asText()).isEqualTo(applied.body().get("number").asText());
        });
        JsonNode example = json.readTree(java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/resources/contracts/events/case-concluded-bundlechild.json")));
        JsonNode childConcluded = json.readTree(childEvents.get(2).value());
        childConcluded.properties().forEach(field -> assertThat(example.has(field.getKey()))
                .as("the example shows " + field.getKey()).isTrue());

        String stranger = Tokens.forRoles("citizen").subject("citizen-li").idHash(personalData.hash(citizenId(7))).bearer();
        assertThat(get("/bundles/" + parent, stranger).status()).isEqualTo(404);
    }

    @Test
    void theParentsLightTurnsYellowInTheLastQuarterOfThePromisedDaysAndRedAfterThem() {
        Reply applied = post("/bundles", citizen, newbornApplication(), Map.of("Idempotency-Key", "newborn-" + UUID.randomUUID()));
        String parent = applied.body().get("id").asText();

        clockAt("2026-03-05T10:00");
        assertThat(get("/bundles/" + parent, citizen).body().at("/deadline/colour").asText()).isEqualTo("GREEN");
        clockAt("2026-03-06T10:00");
        assertThat(get("/bundles/" + parent, citizen).body().at("/deadline/colour").asText())
                .as("two of five working days left (yellow share 0.25, rounded up)").isEqualTo("YELLOW");
        clockAt("2026-03-09T10:00");
        assertThat(get("/bundles/" + parent, citizen).body().at("/deadline/colour").asText()).isEqualTo("YELLOW");
        clockAt("2026-03-10T10:00");
        assertThat(get("/bundles/" + parent, hallClerk).body().at("/deadline/colour").asText()).isEqualTo("RED");
    }

    @Test
    void withdrawingTheApplicationWithdrawsTheChildrenStillOpenAndKeepsTheDecidedOne() {
        Reply applied = post("/bundles", citizen, newbornApplication(), Map.of("Idempotency-Key", "newborn-" + UUID.randomUUID()));
        String parent = applied.body().get("id").asText();
        Map<String, String> children = childrenByItem(applied.body());
        children.values().forEach(child -> post("/" + child + "/acceptance", hallClerk, null));
        post("/" + children.get(BIRTH_CERTIFICATE) + "/conclusion", approver(HEALTH), Map.of("outcome", "APPROVED", "result", "签发"));

        Reply withdrawn = post("/bundles/" + parent + "/withdrawal", citizen, Map.of("reason", "已到外地办理"));
        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(200);
        assertThat(withdrawn.body().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(get("/" + children.get(BIRTH_CERTIFICATE), citizen).body().get("status").asText()).isEqualTo("CONCLUDED");
        assertThat(get("/" + children.get(BIRTH_REGISTRATION), citizen).body().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(get("/" + children.get(INSURANCE_ENROLMENT), citizen).body().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(distinctEvents(children.get(BIRTH_REGISTRATION), 3)).extracting(record -> header(record, "ce_type"))
                .containsExactly("yiwang.case.submitted.v1", "yiwang.case.accepted.v1", "yiwang.case.withdrawn.v1");
        assertThat(distinctEvents(parent, 2)).extracting(record -> header(record, "ce_type"))
                .containsExactlyInAnyOrder("yiwang.case.bundlesubmitted.v1", "yiwang.case.bundlewithdrawn.v1");

        Reply again = post("/bundles/" + parent + "/withdrawal", citizen, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(get("/bundles/" + parent, citizen).body().get("status").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aRetryAnswersTheSameApplicationAndBadApplicationsFileNothing() {
        String key = "newborn-" + UUID.randomUUID();
        Reply first = post("/bundles", citizen, newbornApplication(), Map.of("Idempotency-Key", key));
        Reply retry = post("/bundles", citizen, newbornApplication(), Map.of("Idempotency-Key", key));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body().get("id").asText()).isEqualTo(first.body().get("id").asText());

        int parents = jdbc.queryForObject("SELECT count(*) FROM bundle_case", Integer.class);
        int cases = jdbc.queryForObject("SELECT count(*) FROM case_file", Integer.class);

        Map<String, Object> noChildName = newbornApplication();
        noChildName.put("form", Map.of("applicant.name", "张三"));
        Reply missingField = post("/bundles", citizen, noChildName, Map.of("Idempotency-Key", "newborn-" + UUID.randomUUID()));
        assertThat(missingField.status()).as(missingField.raw()).isEqualTo(422);
        assertThat(missingField.raw()).contains("form.child.name");

        Map<String, Object> strangeMaterial = newbornApplication();
        strangeMaterial.put("materials", List.of(Map.of("code", "marriage-certificate", "provision", "UPLOAD", "reference", "x")));
        assertThat(post("/bundles", citizen, strangeMaterial, Map.of("Idempotency-Key", "newborn-" + UUID.randomUUID())).status())
                .isEqualTo(422);

        UUID unknown = UUID.randomUUID();
        CATALOG.stubFor(WireMock.get(urlEqualTo("/api/v1/catalog/public/bundles/" + unknown)).willReturn(aResponse().withStatus(404)));
        Map<String, Object> unknownBundle = newbornApplication();
        unknownBundle.put("bundleId", unknown.toString());
        assertThat(post("/bundles", citizen, unknownBundle, Map.of("Idempotency-Key", "newborn-" + UUID.randomUUID())).status())
                .isEqualTo(422);

        Map<String, Object> someoneElse = newbornApplication();
        someoneElse.put("applicantIdNumber", citizenId(9));
        assertThat(post("/bundles", citizen, someoneElse, Map.of("Idempotency-Key", "newborn-" + UUID.randomUUID())).status())
                .as("a citizen applies only for themself").isEqualTo(403);
        assertThat(post("/bundles", approver(POLICE), newbornApplication(), Map.of("Idempotency-Key", "newborn-" + UUID.randomUUID()))
                .status()).as("approvers do not file applications").isEqualTo(403);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM bundle_case", Integer.class)).isEqualTo(parents);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_file", Integer.class)).isEqualTo(cases);
    }

    @Test
    void anOfficesReadOfTheBundlesFormIsLoggedAndTheApplicantSeesWhoLooked() {
        Reply applied = post("/bundles", citizen, newbornApplication(), Map.of("Idempotency-Key", "newborn-" + UUID.randomUUID()));
        String parent = applied.body().get("id").asText();
        String supervisor = Tokens.forRoles("supervisor").subject("supervisor-zhao").region(MEI_COUNTY).bearer();
        clockAt("2026-03-03T10:00");

        Reply read = get("/bundles/" + parent, approver(POLICE));
        Reply supervised = get("/bundles/" + parent, supervisor);
        Reply own = get("/bundles/" + parent, citizen);

        assertThat(read.body().at("/form/child.name").asText()).as("the police see the form").isEqualTo("张小宝");
        assertThat(supervised.body().path("form").isMissingNode() || supervised.body().get("form").isNull()).as("a supervisor does not").isTrue();
        JsonNode log = own.body().get("personalDataAccess");
        assertThat(log).as("one entry: the police's read; not the supervisor's nor the applicant's own").hasSize(1);
        assertThat(log.get(0).get("accessorOrg").asText()).isEqualTo(POLICE);
        assertThat(log.get(0).get("purpose").asText()).isEqualTo("case-view");
        assertThat(log.get(0).get("at").asText()).isEqualTo("2026-03-03T02:00:00Z");
        assertThat(log.get(0).get("fields")).extracting(JsonNode::asText).containsExactly("form");
        assertThat(read.body().path("personalDataAccess").isMissingNode() || read.body().get("personalDataAccess").isNull())
                .as("staff do not see the log").isTrue();

        Reply withdrawn = post("/bundles/" + parent + "/withdrawal", hallClerk, Map.of("reason", "申请人电话要求撤回"));
        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(200);
        assertThat(get("/bundles/" + parent, citizen).body().get("personalDataAccess"))
                .extracting(entry -> entry.get("purpose").asText()).containsExactly("case-view", "case-handling");
    }

    @Test
    void aBundleNotSeenYetIsAskedOfCatalogService() {
        UUID fresh = UUID.randomUUID();
        CATALOG.stubFor(WireMock.get(urlEqualTo("/api/v1/catalog/public/bundles/" + fresh))
                .willReturn(okJson(json.writeValueAsString(json.readTree(newbornBundle(fresh)).get("bundle")))));
        Map<String, Object> application = newbornApplication();
        application.put("bundleId", fresh.toString());
        Reply applied = post("/bundles", citizen, application, Map.of("Idempotency-Key", "newborn-" + UUID.randomUUID()));
        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);
        assertThat(applied.body().get("children")).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM bundle_version WHERE bundle_id = ?", Integer.class, fresh)).isEqualTo(1);
    }

    // ---- data -------------------------------------------------------------------------------

    private String approver(String org) {
        return Tokens.forRoles("approver").subject("approver-" + org).region(MEI_COUNTY).org(org).bearer();
    }

    private Map<String, String> childrenByItem(JsonNode parent) {
        Map<String, String> children = new HashMap<>();
        parent.get("children").forEach(child -> children.put(child.get("itemCode").asText(), child.get("caseId").asText()));
        return children;
    }

    private List<String> materialCodes(String caseId) {
        List<String> codes = new ArrayList<>();
        get("/" + caseId, citizen).body().get("materials").forEach(material -> codes.add(material.get("code").asText()));
        return codes;
    }

    static Map<String, Object> newbornApplication() {
        Map<String, Object> application = new HashMap<>();
        application.put("bundleId", NEWBORN.toString());
        application.put("applicantType", "PERSON");
        application.put("applicantName", "张三");
        application.put("applicantIdNumber", CITIZEN_ID);
        application.put("channel", "MOBILE");
        application.put("acceptingHall", Map.of("regionCode", MEI_COUNTY, "orgCode", ONE_WINDOW));
        application.put("form", Map.of("applicant.name", "张三", "child.name", "张小宝", "child.birthDate", "2026-02-20"));
        application.put("materials", List.of(
                Map.of("code", "id-card", "provision", "UPLOAD", "reference", "doc-id"),
                Map.of("code", "delivery-record", "provision", "UPLOAD", "reference", "doc-delivery"),
                Map.of("code", "birth-medical-certificate", "provision", "UPLOAD", "reference", "doc-birth"),
                Map.of("code", "household-register", "provision", "UPLOAD", "reference", "doc-hukou")));
        return application;
    }

    /** The three items, as catalog-service publishes them, and the bundle: once per context. */
    private void bundleIsPublished() {
        if (jdbc.queryForObject("SELECT count(*) FROM bundle_version WHERE bundle_id = ?", Integer.class, NEWBORN) > 0) {
            return;
        }
        publishItem(BIRTH_CERTIFICATE, "出生医学证明办理", HEALTH, """
                [{"code": "id-card", "name": "父母居民身份证", "required": true},
                 {"code": "delivery-record", "name": "分娩记录", "required": true}]""");
        publishItem(BIRTH_REGISTRATION, "出生登记", POLICE, """
                [{"code": "id-card", "name": "父母居民身份证", "required": true},
                 {"code": "birth-medical-certificate", "name": "出生医学证明", "required": true},
                 {"code": "household-register", "name": "居民户口簿", "required": true}]""");
        publishItem(INSURANCE_ENROLMENT, "医保参保登记", INSURANCE, """
                [{"code": "id-card", "name": "父母居民身份证", "required": true},
                 {"code": "birth-medical-certificate", "name": "出生医学证明", "required": true}]""");
        publish("catalog.bundle.v1", NEWBORN.toString(), "yiwang.bundle.published.v1", newbornBundle(NEWBORN),
                UUID.randomUUID().toString());
        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM item_version WHERE implementation_code IN (?, ?, ?)",
                Integer.class, BIRTH_CERTIFICATE, BIRTH_REGISTRATION, INSURANCE_ENROLMENT) == 3
                && jdbc.queryForObject("SELECT count(*) FROM bundle_version WHERE bundle_id = ?", Integer.class, NEWBORN) == 1);
    }

    private static void publishItem(String code, String name, String body, String materials) {
        publish("catalog.item.v1", code, "yiwang.item.published.v1", """
                {"implementationCode": "%s", "name": "%s", "version": 1, "regionCode": "610326",
                 "implementingBodyCode": "%s", "caseKind": "PROMISED",
                 "legalLimit": {"amount": 20, "unit": "WORKING_DAYS"}, "promisedLimit": {"amount": 5, "unit": "WORKING_DAYS"},
                 "materials": %s}
                """.formatted(code, name, body, materials), UUID.randomUUID().toString());
    }

    /** catalog-service's bundle.published (its contracts/events/bundle.published.json shape), for 新生儿出生. */
    static String newbornBundle(UUID id) {
        return """
                {"eventId": "%1$s", "bundleId": "%2$s", "regionCode": "610326", "occurredAt": "2026-03-01T02:00:00Z",
                 "bundle": {"bundleId": "%2$s", "name": "新生儿出生", "regionCode": "610326", "leadDepartment": "卫生健康局",
                  "description": "新生儿出生一件事", "version": 1, "publishedAt": "2026-03-01T02:00:00Z",
                  "items": [
                   {"code": "%3$s", "name": "出生医学证明办理", "department": "卫生健康局", "version": 1},
                   {"code": "%4$s", "name": "出生登记", "department": "公安局", "version": 1},
                   {"code": "%5$s", "name": "医保参保登记", "department": "医疗保障局", "version": 1}],
                  "form": [
                   {"key": "applicant.name", "label": "申请人姓名", "type": "text", "required": true, "usedBy": ["%3$s", "%4$s", "%5$s"]},
                   {"key": "child.name", "label": "新生儿姓名", "type": "text", "required": true, "usedBy": ["%4$s", "%5$s"]},
                   {"key": "child.birthDate", "label": "出生日期", "type": "date", "required": false, "usedBy": ["%3$s"]}],
                  "materials": [
                   {"key": "id-card", "name": "父母居民身份证", "source": "GOVERNMENT_ISSUED", "originals": 1, "copies": 1,
                    "required": true, "commitmentAllowed": false, "acceptWithGapsAllowed": false, "usedBy": ["%3$s", "%4$s", "%5$s"]},
                   {"key": "delivery-record", "name": "分娩记录", "source": "APPLICANT", "originals": 1, "copies": 0,
                    "required": true, "commitmentAllowed": false, "acceptWithGapsAllowed": false, "usedBy": ["%3$s"]},
                   {"key": "birth-medical-certificate", "name": "出生医学证明", "source": "GOVERNMENT_ISSUED", "originals": 1,
                    "copies": 1, "required": true, "commitmentAllowed": false, "acceptWithGapsAllowed": false, "usedBy": ["%4$s", "%5$s"]},
                   {"key": "household-register", "name": "居民户口簿", "source": "APPLICANT", "originals": 1, "copies": 1,
                    "required": true, "commitmentAllowed": false, "acceptWithGapsAllowed": false, "usedBy": ["%4$s"]}],
                  "promisedLimitDays": 5, "maxVisits": 0}}
                """.formatted(UUID.randomUUID(), id, BIRTH_CERTIFICATE, BIRTH_REGISTRATION, INSURANCE_ENROLMENT);
    }
}
