package cn.yiwang.cases.casefile.messaging;

import cn.yiwang.cases.casefile.domain.BundleMembership;
import cn.yiwang.cases.casefile.domain.Case;
import cn.yiwang.cases.casefile.domain.CaseEvent;
import cn.yiwang.cases.casefile.domain.DeliveryMethod;
import cn.yiwang.cases.casefile.domain.MaterialDefect;
import cn.yiwang.cases.casefile.domain.Outcome;
import cn.yiwang.cases.casefile.domain.ProcedureType;
import cn.yiwang.cases.material.Material;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.yiwang.cases.casefile.domain.ExampleCases.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example JSON per event type in {@code src/main/resources/contracts/events/} is what the
 * service produces: consumers test their readers against these files (ARCHITECTURE.md, events).
 * Ids differ per run and are taken from the example; every other field must match. To refresh the
 * examples of a new event type: {@code -Dcontracts.write=true} writes the missing files; review them.
 */
class CaseEventContractTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    @Test
    void everyEventTypeMatchesItsPublishedExample() throws IOException {
        Map<String, CaseEventV1> produced = examples();

        assertThat(produced.keySet()).containsExactlyInAnyOrder("submitted", "accepted", "notaccepted",
                "supplementrequested", "suspended", "resumed", "extended", "concluded", "delivered", "withdrawn",
                "terminated", "revoked", "overduewarning", "overdue");
        for (Map.Entry<String, CaseEventV1> entry : produced.entrySet()) {
            String file = "contracts/events/case-" + entry.getKey() + ".json";
            // Through text, as a consumer reads it: numbers then compare by value, not by Java type.
            ObjectNode actual = (ObjectNode) JSON.readTree(JSON.writeValueAsString(entry.getValue()));
            Path source = Path.of("src/main/resources", file);
            if (Boolean.getBoolean("contracts.write") && !Files.exists(source)) {
                Files.writeString(source, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
                continue;
            }
            JsonNode example = read(file);
            actual.put("eventId", example.get("eventId").asText());
            actual.put("caseId", example.get("caseId").asText());
            assertThat(actual).as(file).isEqualTo(example);
            assertThat(entry.getValue().type()).isEqualTo("yiwang.case." + entry.getKey() + ".v1");
        }
    }

    @Test
    void aBundleChildsConcludedEventNamesItsParentAsThePublishedExampleShows() throws IOException {
        JsonNode example = read("contracts/events/case-concluded-bundlechild.json");
        Case child = aCase().forItem(birthCertificate()).submitted();
        child.joinBundle(new BundleMembership(java.util.UUID.fromString(example.get("bundleCaseId").asText()),
                example.get("bundleCaseNumber").asText()));
        child.accept("clerk-1", at("2026-03-02T10:00"), CLOCK);
        child.startSpecialProcedure("approver-1", ProcedureType.INSPECTION, "现场核查", at("2026-03-04T09:00"));
        child.endSpecialProcedure("approver-1", "核查合格", at("2026-03-06T17:00"));
        child.extend("head-1", 10, "需现场复核", at("2026-03-10T09:00"), CLOCK);
        child.checkDeadlines(CLOCK, at("2026-03-27T09:00"));

        CaseEventV1 concluded = CaseEventsV1.of(child.conclude("approver-1", Outcome.APPROVED, "准予办理",
                at("2026-03-30T09:00")), child.state(), child.deadlines(CLOCK), "approver-1").get(0);

        ObjectNode actual = (ObjectNode) JSON.readTree(JSON.writeValueAsString(concluded));
        actual.put("eventId", example.get("eventId").asText());
        actual.put("caseId", example.get("caseId").asText());
        assertThat(actual).isEqualTo(example);
    }

    @Test
    void everyEventOfABundleChildNamesTheParentAndNoStandaloneEventDoes() {
        Case child = aCase().submitted();
        java.util.UUID parent = java.util.UUID.randomUUID();
        child.joinBundle(new BundleMembership(parent, "YJS61032620260302000001"));
        List<CaseEventV1> events = new java.util.ArrayList<>(CaseEventsV1.of(child.accept("clerk-1", at("2026-03-02T10:00"), CLOCK),
                child.state(), child.deadlines(CLOCK), "clerk-1"));
        events.addAll(CaseEventsV1.of(child.withdraw("citizen-1", null, at("2026-03-03T10:00")), child.state(),
                child.deadlines(CLOCK), "citizen-1"));

        assertThat(events).extracting(CaseEventV1::bundleCaseId).containsOnly(parent);
        assertThat(events).extracting(CaseEventV1::bundleCaseNumber).containsOnly("YJS61032620260302000001");
        assertThat(examples().values()).extracting(CaseEventV1::bundleCaseId).containsOnlyNulls();
    }

    @Test
    void theRecordKeyIsTheCaseSoOneCasesEventsStayInOrder() {
        CaseEventV1 event = examples().get("accepted");

        assertThat(event.aggregateId()).isEqualTo(event.caseId().toString());
        assertThat(event.topic()).isEqualTo("cases.case.v1");
    }

    @Test
    void eachEventOfACaseHasAHigherSequenceThanTheOneBefore() {
        Case kase = aCase().forItem(residenceCertificate()).submitted();
        List<CaseEventV1> immediate = CaseEventsV1.of(
                kase.acceptImmediately("clerk-1", Outcome.APPROVED, "当场出具", at("2026-03-02T09:10"), CLOCK),
                kase.state(), kase.deadlines(CLOCK), "clerk-1");
        List<CaseEventV1> delivered = CaseEventsV1.of(
                kase.deliver("clerk-1", DeliveryMethod.WINDOW_PICKUP, null, at("2026-03-02T09:20")),
                kase.state(), kase.deadlines(CLOCK), "clerk-1");

        assertThat(immediate).extracting(CaseEventV1::sequence).containsExactly(2L, 3L);
        assertThat(delivered).extracting(CaseEventV1::sequence).containsExactly(4L);
    }

    @Test
    void noEventCarriesThePlainIdNumberOrPhone() {
        examples().values().forEach(event -> assertThat(JSON.writeValueAsString(event))
                .doesNotContain("enc:id").doesNotContain("enc:phone"));
    }

    /** One event of each type from the named example cases, at fixed times. */
    static Map<String, CaseEventV1> examples() {
        Map<String, CaseEventV1> events = new LinkedHashMap<>();
        Case.Filed filed = aCase().file();
        put(events, filed.filed(), filed.events(), "citizen-1");

        Case accepted = aCase().submitted();
        put(events, accepted, accepted.accept("clerk-1", at("2026-03-02T10:00"), CLOCK), "clerk-1");
        put(events, accepted, accepted.startSpecialProcedure("approver-1", ProcedureType.INSPECTION, "现场核查",
                at("2026-03-04T09:00")), "approver-1");
        put(events, accepted, accepted.endSpecialProcedure("approver-1", "核查合格", at("2026-03-06T17:00")), "approver-1");
        put(events, accepted, accepted.extend("head-1", 10, "需现场复核", at("2026-03-10T09:00"), CLOCK), "head-1");
        put(events, accepted, accepted.checkDeadlines(CLOCK, at("2026-03-27T09:00")), "system");
        put(events, accepted, accepted.conclude("approver-1", Outcome.APPROVED, "准予许可", at("2026-03-30T09:00")), "approver-1");
        put(events, accepted, accepted.deliver("clerk-1", DeliveryMethod.POST, "EMS1234567", at("2026-03-31T09:00")), "clerk-1");

        Case refused = aCase().submitted();
        put(events, refused, refused.notAccept("clerk-1", "不属于本机关职权范围", at("2026-03-02T10:00")), "clerk-1");

        Case incomplete = aCase().without(LAYOUT_PLAN).submitted();
        put(events, incomplete, incomplete.requestSupplement("clerk-1", List.of(new MaterialDefect("M04", "缺少设备布局图")),
                at("2026-03-03T10:00"), CLOCK), "clerk-1");
        put(events, incomplete, incomplete.withdraw("citizen-1", "不再需要", at("2026-03-04T10:00")), "citizen-1");

        Case late = aCase().submitted();
        late.accept("clerk-1", at("2026-03-02T10:00"), CLOCK);
        put(events, late, late.checkDeadlines(CLOCK, at("2026-03-17T08:00")), "system");

        Case gap = aCase().with(Material.gap(LAYOUT_PLAN, day("2026-03-10"))).accepted();
        put(events, gap, gap.endIfGapsOverdue(at("2026-03-11T08:00")), "system");

        Case committed = aCase().with(Material.committed(PREMISES_PROOF)).concluded();
        put(events, committed, committed.checkCommitment("inspector-1", false, "经营场所不存在", at("2026-03-10T09:00")),
                "inspector-1");
        return events;
    }

    private static void put(Map<String, CaseEventV1> events, Case kase, List<CaseEvent> caused, String actor) {
        for (CaseEventV1 wire : CaseEventsV1.of(caused, kase.state(), kase.deadlines(CLOCK), actor)) {
            events.putIfAbsent(wire.event(), wire);
        }
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = CaseEventContractTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " exists").isNotNull();
            return JSON.readTree(in);
        }
    }
}
