package cn.yiwang.cases.it;

import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees and handles a case: applicants their own, staff their region and organisation, each office of a cross-region case its part. */
class CaseScopeIT extends CaseServiceITSupport {

    private static final String BAQIAO = "610111";
    /** A valid unified social credit code (GB 32100 vector) for the Baqiao hall. */
    private static final String BAQIAO_HALL = "91350100M000100Y43";

    @BeforeEach
    void setUp() throws Exception {
        itemsArePublished();
        clockAt("2026-03-02T09:00");
    }

    @Test
    void aCitizenSeesOwnCasesAndNotAnotherCitizensCase() {
        String idNumber = citizenId(11);
        String owner = Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer();
        String stranger = Tokens.forRoles("citizen").idHash(personalData.hash(citizenId(12))).bearer();
        String id = apply(owner, idNumber, null).get("id").asText();

        assertThat(get("/" + id, owner).status()).isEqualTo(200);
        assertThat(get("/" + id, stranger).status()).isEqualTo(404);
        assertThat(post("/" + id + "/withdrawal", stranger, Map.of()).status()).isEqualTo(404);
        JsonNode mine = get("/mine", owner).body();
        assertThat(mine.get("items")).extracting(item -> item.get("id").asText()).containsExactly(id);
        assertThat(get("/mine", stranger).body().get("items")).isEmpty();
    }

    @Test
    void aCitizenCannotApplyInSomeoneElsesName() {
        String token = Tokens.forRoles("citizen").idHash(personalData.hash(citizenId(13))).bearer();

        Reply refused = post("", token, CaseFlowIT.application(citizenId(14)), Map.of("Idempotency-Key", "k-" + UUID.randomUUID()));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void staffOfAnotherRegionOrOrganisationDoNotSeeTheCase() {
        String idNumber = citizenId(15);
        String owner = Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer();
        String id = apply(owner, idNumber, null).get("id").asText();

        String sameOrg = Tokens.forRoles("window-clerk").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
        String otherOrg = Tokens.forRoles("window-clerk").region(MEI_COUNTY).org("11610326MB9999999X").bearer();
        String otherRegion = Tokens.forRoles("window-clerk").region(BAQIAO).org(MARKET_REGULATOR).bearer();
        String citySupervisor = Tokens.forRoles("supervisor").region("610300").bearer();
        String partnerElsewhere = Tokens.forRoles("partner-system").region("610900").bearer();

        assertThat(get("/" + id, sameOrg).status()).isEqualTo(200);
        assertThat(get("/" + id, otherOrg).status()).isEqualTo(404);
        assertThat(get("/" + id, otherRegion).status()).isEqualTo(404);
        assertThat(get("/" + id, citySupervisor).status()).isEqualTo(200);
        assertThat(get("/" + id, partnerElsewhere).status()).isEqualTo(404);
        assertThat(post("/" + id + "/acceptance", otherOrg, null).status()).isEqualTo(404);
    }

    @Test
    void staffListsMaskTheApplicantsIdNumberWhileTheCaseItselfShowsItToTheHandlingOffice() {
        String idNumber = citizenId(16);
        String owner = Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer();
        String number = apply(owner, idNumber, null).get("number").asText();
        String clerk = Tokens.forRoles("window-clerk").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();

        JsonNode queue = get("/queue?status=SUBMITTED&size=100", clerk).body();
        JsonNode line = find(queue.get("items"), number);

        assertThat(line.get("applicantIdNumber").asText()).doesNotContain(idNumber).startsWith("6103");
        assertThat(get("/by-number/" + number, clerk).body().at("/applicant/idNumber").asText()).isEqualTo(idNumber);
    }

    @Test
    void aCrossRegionCaseIsSeenByTheAcceptingHallAndTheDecidingBodyEachForItsOwnPart() {
        String idNumber = citizenId(17);
        String owner = Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer();
        JsonNode applied = apply(owner, idNumber, Map.of("regionCode", BAQIAO, "orgCode", BAQIAO_HALL));
        String id = applied.get("id").asText();
        assertThat(applied.get("crossRegion").asBoolean()).isTrue();

        String hallClerk = Tokens.forRoles("window-clerk").subject("baqiao-clerk").region(BAQIAO).org(BAQIAO_HALL).bearer();
        String deciding = Tokens.forRoles("approver").subject("mei-approver").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
        String meiClerk = Tokens.forRoles("window-clerk").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();

        assertThat(post("/" + id + "/acceptance", meiClerk, null).status()).isEqualTo(403);
        assertThat(post("/" + id + "/acceptance", hallClerk, null).status()).isEqualTo(200);
        assertThat(post("/" + id + "/conclusion", hallClerk, Map.of("outcome", "APPROVED", "result", "准予")).status()).isEqualTo(403);
        assertThat(post("/" + id + "/conclusion", deciding, Map.of("outcome", "APPROVED", "result", "准予")).status()).isEqualTo(200);
        Reply delivered = post("/" + id + "/delivery", hallClerk, Map.of("method", "WINDOW_PICKUP", "detail", "灞桥区政务服务大厅"));

        assertThat(delivered.status()).isEqualTo(200);
        assertThat(find(get("/queue?size=100", hallClerk).body().get("items"), applied.get("number").asText())).isNotNull();
        assertThat(find(get("/queue?size=100", deciding).body().get("items"), applied.get("number").asText())).isNotNull();
    }

    @Test
    void theQueueShowsRedCasesToTheDecidingBody() {
        String idNumber = citizenId(18);
        String owner = Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer();
        String clerk = Tokens.forRoles("window-clerk").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
        String id = apply(owner, idNumber, null).get("id").asText();
        String number = get("/" + id, owner).body().get("number").asText();
        post("/" + id + "/acceptance", clerk, null);

        clockAt("2026-03-17T09:00");
        String approver = Tokens.forRoles("approver").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();

        assertThat(find(get("/queue?colour=RED&size=100", approver).body().get("items"), number)).isNotNull();
        assertThat(find(get("/queue?colour=GREEN&size=100", approver).body().get("items"), number)).isNull();
    }

    private JsonNode apply(String token, String idNumber, Map<String, String> hall) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(CaseFlowIT.application(idNumber));
        if (hall != null) {
            body.put("acceptingHall", hall);
        }
        Reply reply = post("", token, body, Map.of("Idempotency-Key", "k-" + UUID.randomUUID()));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body();
    }

    private static JsonNode find(JsonNode items, String number) {
        for (JsonNode item : items) {
            if (number.equals(item.get("number").asText())) {
                return item;
            }
        }
        return null;
    }
}
