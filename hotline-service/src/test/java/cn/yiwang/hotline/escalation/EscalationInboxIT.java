package cn.yiwang.hotline.escalation;

import cn.yiwang.common.test.Tokens;
import cn.yiwang.hotline.support.HotlineApi;
import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import cn.yiwang.hotline.support.MutableClock;
import cn.yiwang.hotline.support.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Escalation notices reach people: the supervisors of the level an overdue ticket escalated to (and
 * the department for the first 督办) find it in their inbox, newest first, with level, reason and
 * overdue working days; one of them acknowledges it, once, and the ticket's timeline shows it.
 */
class EscalationInboxIT extends HotlineIntegrationTest {

    private static final String BAOJI = "610300";
    private static final String PINGLI = "610926";

    @Test
    void theSupervisorsOfTheLevelATicketEscalatedToFindItInTheirInboxAndNobodyElseDoes() throws Exception {
        String id = overdueTicketEscalatedToTheCounty();

        JsonNode county = notice(inbox(supervisor(MEI)), id, 2);
        assertThat(text(county, "step")).isEqualTo("REGION_SUPERVISOR");
        assertThat(text(county, "notifyRegionCode")).isEqualTo(MEI);
        assertThat(text(county, "reason")).isEqualTo("OVERDUE");
        assertThat(text(county, "reasonText")).contains("超过办理时限");
        assertThat(county.path("overdueWorkingDays").asInt())
                .as("24 September, then 28 and 29 (25–27 off for Mid-Autumn)").isEqualTo(3);
        assertThat(text(county, "ticketStatus")).isEqualTo("DISPATCHED");
        assertThat(county.path("acknowledgement").isMissingNode()).as("not acknowledged").isTrue();

        JsonNode department = notice(inbox(department(CITY_MANAGEMENT)), id, 1);
        assertThat(text(department, "step")).as("the first 督办 presses the department").isEqualTo("DEPARTMENT");
        assertThat(text(department, "notifyOrgCode")).isEqualTo(CITY_MANAGEMENT);

        assertThat(noticesOf(inbox(supervisor(BAOJI)), id)).as("not yet the city's level").isEmpty();
        assertThat(noticesOf(inbox(supervisor(PINGLI)), id)).as("another county").isEmpty();
        assertThat(noticesOf(inbox(department(HOUSING)), id)).as("another department").isEmpty();
        assertThat(noticesOf(inbox(supervisor(MEI)), id)).as("the department's notice is not the county's")
                .extracting(n -> n.path("level").asInt()).containsExactly(2);

        sweepAt("2026-10-01T08:00");
        JsonNode city = notice(inbox(supervisor(BAOJI)), id, 3);
        assertThat(text(city, "step")).isEqualTo("HIGHER_REGION");
        assertThat(city.path("overdueWorkingDays").asInt()).as("… and 30 September, 1 October is a holiday")
                .isEqualTo(4);

        Response agents = api.get("/api/v1/hotline/escalations", agent());
        assertThat(agents.status()).as("an agent has no escalation inbox").isEqualTo(403);
        assertThat(agents.header("Content-Type")).contains("application/problem+json");
        assertThat(api.get("/api/v1/hotline/escalations", citizen("inbox-citizen")).status()).isEqualTo(403);
        String supervisorWithoutRegion = Tokens.forRoles("supervisor").subject("supervisor-nowhere").bearer();
        assertThat(api.get("/api/v1/hotline/escalations", supervisorWithoutRegion).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/hotline/escalations", null).status()).isEqualTo(401);

        try (TopicReader reader = new TopicReader("hotline.ticket.v1")) {
            List<JsonNode> supervised = await().atMost(Duration.ofSeconds(60)).until(() -> reader.withKey(id).stream()
                    .filter(record -> "yiwang.ticket.supervised.v1".equals(TopicReader.header(record, "ce_type")))
                    .map(ConsumerRecord::value).map(value -> HotlineApi.json().readTree(value)).toList(),
                    found -> found.size() == 3);
            JsonNode second = supervised.stream().filter(event -> event.path("level").asInt() == 2).findFirst().orElseThrow();
            assertThat(text(second, "reason")).isEqualTo("OVERDUE");
            JsonNode example = HotlineApi.json().readTree(new ClassPathResource("contracts/events/ticket.supervised.json")
                    .getContentAsString(StandardCharsets.UTF_8));
            assertThat(new TreeSet<>(second.propertyNames())).as("as in the published example")
                    .isEqualTo(new TreeSet<>(example.propertyNames()));
        }
    }

    @Test
    void theInboxIsPagedNewestFirst() throws Exception {
        overdueTicketEscalatedToTheCounty();
        String later = overdueTicketEscalatedToTheCounty();

        JsonNode all = inbox(supervisor(MEI));
        List<Instant> raised = new ArrayList<>();
        all.path("items").forEach(item -> raised.add(Instant.parse(text(item, "raisedAt"))));
        assertThat(raised).hasSizeGreaterThanOrEqualTo(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(all.path("total").asLong()).isGreaterThanOrEqualTo(2);

        JsonNode first = api.get("/api/v1/hotline/escalations?page=0&size=1", supervisor(MEI)).json();
        assertThat(first.path("items")).hasSize(1);
        assertThat(text(first.path("items").get(0), "raisedAt")).isEqualTo(raised.get(0).toString());
        assertThat(noticesOf(all, later)).isNotEmpty();
        assertThat(api.get("/api/v1/hotline/escalations?size=0", supervisor(MEI)).status()).isEqualTo(422);
    }

    @Test
    void anEscalationIsAcknowledgedOnceByOneOfItsAddresseesAndTheTimelineShowsWhoAndWhen() throws Exception {
        String id = overdueTicketEscalatedToTheCounty();
        String noticeId = text(notice(inbox(supervisor(MEI)), id, 2), "id");

        assertThat(acknowledge(noticeId, supervisor(PINGLI)).status()).as("another county's supervisor").isEqualTo(404);
        assertThat(acknowledge(noticeId, supervisor(BAOJI)).status()).as("the city, whose level it has not reached")
                .isEqualTo(404);
        assertThat(acknowledge(noticeId, department(CITY_MANAGEMENT)).status()).as("the department").isEqualTo(404);
        assertThat(acknowledge(noticeId, agent()).status()).isEqualTo(403);
        assertThat(notice(inbox(supervisor(MEI)), id, 2).path("acknowledgement").isMissingNode()).as("nothing changed").isTrue();

        clock.setBeijing("2026-09-29T09:30");
        String meiSupervisor = Tokens.forRoles("supervisor").region(MEI).subject("supervisor-wang")
                .claim("name", "王督办").bearer();
        Response acknowledged = acknowledge(noticeId, meiSupervisor);
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(text(acknowledged.json().path("acknowledgement"), "by")).isEqualTo("supervisor-wang");
        assertThat(text(acknowledged.json().path("acknowledgement"), "at"))
                .isEqualTo(MutableClock.beijing("2026-09-29T09:30").toString());

        Response again = acknowledge(noticeId, supervisor(MEI));
        assertThat(again.status()).as("a colleague cannot acknowledge it a second time").isEqualTo(409);
        assertThat(text(again.json(), "detail")).contains("supervisor-wang");
        assertThat(acknowledge(noticeId, meiSupervisor).status()).isEqualTo(409);

        assertThat(noticesOf(api.get("/api/v1/hotline/escalations?acknowledged=false", supervisor(MEI)).json(), id))
                .isEmpty();
        assertThat(noticesOf(api.get("/api/v1/hotline/escalations?acknowledged=true", supervisor(MEI)).json(), id))
                .hasSize(1);

        String departmentNotice = text(notice(inbox(department(CITY_MANAGEMENT)), id, 1), "id");
        assertThat(acknowledge(departmentNotice, department(CITY_MANAGEMENT)).status()).isEqualTo(200);

        JsonNode ticket = api.get("/api/v1/hotline/tickets/" + id, agent()).json();
        List<JsonNode> acknowledgements = StreamSupport.stream(ticket.path("steps").spliterator(), false)
                .filter(step -> "ESCALATION_ACKNOWLEDGED".equals(text(step, "action"))).toList();
        assertThat(acknowledgements).hasSize(2);
        assertThat(text(acknowledgements.get(0), "note")).contains("level 2").contains(MEI).contains("王督办");
        assertThat(text(acknowledgements.get(0), "at")).isEqualTo(MutableClock.beijing("2026-09-29T09:30").toString());
        assertThat(text(acknowledgements.get(1), "note")).contains("level 1").contains("DEPARTMENT");
        assertThat(text(acknowledgements.get(1), "actorOrg")).isEqualTo(CITY_MANAGEMENT);
    }

    @Test
    void aSupervisorsOwnOrderReachesTheDepartmentWithTheSupervisorsNote() throws Exception {
        clock.setBeijing("2026-11-23T09:00");
        String id = text(api.post("/api/v1/hotline/tickets", agent(), complaint("city.streetlight", "路灯闪烁"))
                .json().path("ticket"), "id");
        api.post("/api/v1/hotline/tickets/" + id + "/dispatch", dispatcher(), Map.of());
        Response supervised = api.post("/api/v1/hotline/tickets/" + id + "/supervise", supervisor(MEI),
                Map.of("note", "群众反映强烈，请加快办理"));
        assertThat(supervised.status()).as(supervised.body()).isEqualTo(200);

        JsonNode notice = notice(api.get("/api/v1/hotline/escalations", department(CITY_MANAGEMENT), "en").json(), id, 1);
        assertThat(text(notice, "reason")).isEqualTo("SUPERVISOR");
        assertThat(text(notice, "reasonText")).isEqualTo("Supervised on a supervisor's order.");
        assertThat(text(notice, "note")).contains("群众反映强烈，请加快办理");
        assertThat(notice.path("overdueWorkingDays").asInt()).as("not overdue").isZero();
    }

    /** A street-light ticket dispatched on Thursday 17 September 2026, due 24 September, supervised twice. */
    private String overdueTicketEscalatedToTheCounty() {
        clock.setBeijing("2026-09-17T10:00");
        String id = text(api.post("/api/v1/hotline/tickets", agent(), complaint("city.streetlight", "整条街路灯不亮"))
                .json().path("ticket"), "id");
        assertThat(api.post("/api/v1/hotline/tickets/" + id + "/dispatch", dispatcher(), Map.of()).status()).isEqualTo(200);
        sweepAt("2026-09-24T08:00");
        sweepAt("2026-09-29T08:00");
        return id;
    }

    private JsonNode inbox(String token) {
        Response response = api.get("/api/v1/hotline/escalations?size=200", token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private Response acknowledge(String noticeId, String token) {
        return api.post("/api/v1/hotline/escalations/" + noticeId + "/acknowledge", token, Map.of());
    }

    private static List<JsonNode> noticesOf(JsonNode page, String ticketId) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .filter(item -> ticketId.equals(text(item, "ticketId"))).toList();
    }

    private static JsonNode notice(JsonNode page, String ticketId, int level) {
        return noticesOf(page, ticketId).stream().filter(item -> item.path("level").asInt() == level).findFirst()
                .orElseThrow(() -> new AssertionError("no level-" + level + " notice of " + ticketId + " in " + page));
    }

    private void sweepAt(String beijingTime) {
        clock.setBeijing(beijingTime);
        assertThat(api.post("/api/v1/hotline/supervision/sweep", supervisor(MEI), Map.of()).status()).isEqualTo(200);
    }
}
