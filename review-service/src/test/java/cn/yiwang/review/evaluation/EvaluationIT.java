package cn.yiwang.review.evaluation;

import cn.yiwang.common.test.Tokens;
import cn.yiwang.review.support.ReviewIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Rating a service through the API, as evaluators, organisations and supervisors see it. */
class EvaluationIT extends ReviewIntegrationTest {

    private static final String REGION = "610326";

    @Test
    void thePersonServedRatesOnceAndASecondRatingIsAConflict() {
        String person = unique("person");
        UUID invitation = concludedCase(person, uniqueOrg(), REGION, "item-a", "staff-a");

        Response first = evaluate(citizen(person), invitation, rating("SATISFIED", 2, false, "办理很快"));
        Response second = evaluate(citizen(person), invitation, rating("VERY_SATISFIED", 2, false, null));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("level").asString()).isEqualTo("SATISFIED");
        assertThat(first.json().get("channel").asString()).isEqualTo("MOBILE");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("urn:yiwang:problem:conflict").contains("只能评价一次");
    }

    @Test
    void twoRatingsOfOneServiceAtTheSameMomentLetExactlyOneThrough() throws Exception {
        String person = unique("person");
        UUID invitation = concludedCase(person, uniqueOrg(), REGION, "item-a", "staff-a");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.Callable<Integer> rate = () -> {
            start.await();
            return evaluate(citizen(person), invitation, rating("SATISFIED", 2, false, null)).status();
        };
        try {
            var first = pool.submit(rate);
            var second = pool.submit(rate);
            start.countDown();

            assertThat(java.util.List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(get("/evaluations/mine", citizen(person)).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void refusalsSpeakChineseByDefaultAndEnglishOnRequest() {
        String person = unique("person");
        UUID invitation = concludedCase(person, uniqueOrg(), REGION, "item-a", "staff-a");
        evaluate(citizen(person), invitation, rating("SATISFIED", 2, false, null));
        String again = "{\"invitationId\":\"" + invitation + "\",\"rating\":" + rating("SATISFIED", 2, false, null) + "}";

        Response english = send("POST", "/evaluations", citizen(person), again, java.util.Map.of("Accept-Language", "en"));

        assertThat(english.status()).isEqualTo(409);
        assertThat(english.body()).contains("already been rated");
        assertThat(post("/evaluations", citizen(person), again).body()).contains("该服务已评价过");
    }

    @Test
    void someoneWhoWasNotServedCanNeitherRateNorSeeTheEvaluation() {
        String person = unique("person");
        String stranger = unique("stranger");
        UUID invitation = concludedCase(person, uniqueOrg(), REGION, "item-a", "staff-a");

        assertThat(evaluate(citizen(stranger), invitation, rating("VERY_DISSATISFIED", 1, false, null)).status()).isEqualTo(404);
        String id = evaluate(citizen(person), invitation, rating("SATISFIED", 1, false, null)).json().get("id").asString();

        assertThat(get("/evaluations/" + id, citizen(stranger)).status()).isEqualTo(404);
        assertThat(get("/evaluations/" + id, citizen(person)).status()).isEqualTo(200);
        assertThat(get("/evaluations/mine", citizen(stranger)).json().get("total").asLong()).isZero();
    }

    @Test
    void aRatingWithoutAChosenLevelIsRefusedAndTheServiceStaysUnrated() {
        String person = unique("person");
        UUID invitation = concludedCase(person, uniqueOrg(), REGION, "item-a", "staff-a");

        Response refused = post("/evaluations", citizen(person),
                "{\"invitationId\":\"" + invitation + "\",\"rating\":{\"channel\":2}}");

        assertThat(refused.status()).isEqualTo(422);
        JsonNode invitationView = get("/invitations/mine", citizen(person)).json().get("items").get(0);
        assertThat(invitationView.get("open").asBoolean()).isTrue();
        assertThat(invitationView.get("firstEvaluationId")).isNull();
    }

    @Test
    void anIndicatorOutsideTheConfiguredListIsRefusedInTheCallersLanguage() {
        String person = unique("person");
        UUID invitation = concludedCase(person, uniqueOrg(), REGION, "item-a", "staff-a");
        String body = "{\"invitationId\":\"" + invitation + "\",\"rating\":{\"level\":\"SATISFIED\",\"channel\":1,\"indicators\":[\"bribes\"]}}";

        Response chinese = post("/evaluations", citizen(person), body);
        Response english = send("POST", "/evaluations", citizen(person), body, java.util.Map.of("Accept-Language", "en"));

        assertThat(chinese.status()).isEqualTo(422);
        assertThat(chinese.json().get("errors").get(0).get("message").asString()).contains("未知的评价指标“bribes”").contains("attitude");
        assertThat(english.json().get("errors").get(0).get("message").asString()).contains("Unknown indicator \"bribes\"");
    }

    @Test
    void theEvaluatorFollowsUpOnceAndASecondFollowUpIsAConflict() {
        String person = unique("person");
        UUID invitation = concludedCase(person, uniqueOrg(), REGION, "item-a", "staff-a");
        String first = evaluate(citizen(person), invitation, rating("SATISFIED", 2, false, null)).json().get("id").asString();

        Response followUp = post("/evaluations/" + first + "/follow-up", citizen(person),
                rating("DISSATISFIED", 2, false, "证照一周后还没寄到"));
        Response again = post("/evaluations/" + first + "/follow-up", citizen(person), rating("SATISFIED", 2, false, null));

        assertThat(followUp.status()).isEqualTo(201);
        assertThat(followUp.json().get("kind").asString()).isEqualTo("FOLLOW_UP");
        assertThat(again.status()).isEqualTo(409);
        assertThat(get("/evaluations/mine", citizen(person)).json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void theOrganisationSeesItsEvaluationsWithAnonymousEvaluatorsHiddenAndPersonalDataMasked() {
        String person = unique("person");
        String org = uniqueOrg();
        UUID invitation = concludedCase(person, org, REGION, "item-a", "staff-a");
        String text = "我的电话13812345678，身份证11010519491231002X，<script>alert(1)</script>";
        String id = evaluate(citizen(person), invitation, rating("DISSATISFIED", 1, true, text)).json().get("id").asString();

        JsonNode seenByOrg = get("/evaluations", orgAdmin(org, REGION)).json().get("items").get(0);
        JsonNode seenByEvaluator = get("/evaluations/" + id, citizen(person)).json();

        assertThat(seenByOrg.get("id").asString()).isEqualTo(id);
        assertThat(seenByOrg.get("anonymous").asBoolean()).isTrue();
        assertThat(seenByOrg.get("evaluator")).isNull();
        assertThat(seenByOrg.get("service").get("serviceNumber")).as("the case number would name the evaluator").isNull();
        assertThat(seenByOrg.get("service").get("servedAt")).as("so would the exact time of the service").isNull();
        assertThat(seenByOrg.get("text").asString()).doesNotContain("13812345678").doesNotContain("11010519491231002X")
                .contains("<script>");
        assertThat(seenByEvaluator.get("text").asString()).as("stored as given").isEqualTo(text);
        assertThat(get("/evaluations/" + id, orgAdmin(uniqueOrg(), REGION)).status()).isEqualTo(404);
        JsonNode seenByPublic = get("/public/organisations/" + org + "/evaluations", null).json().get("items").get(0);
        assertThat(seenByPublic.get("text").asString()).doesNotContain("13812345678").doesNotContain("11010519491231002X");
        assertThat(seenByPublic.toString()).doesNotContain(person).doesNotContain("NO-");
    }

    @Test
    void aRealNameEvaluatorIsShownToTheOrganisation() {
        String person = unique("person");
        String org = uniqueOrg();
        UUID invitation = concludedCase(person, org, REGION, "item-a", "staff-a");
        evaluate(citizen(person), invitation, rating("SATISFIED", 1, false, null));

        JsonNode seenByOrg = get("/evaluations", orgAdmin(org, REGION)).json().get("items").get(0);

        assertThat(seenByOrg.get("evaluator").get("idHash").asString()).isEqualTo(person);
        assertThat(seenByOrg.get("service").get("serviceNumber").asString()).startsWith("NO-");
    }

    @Test
    void supervisorsSeeEvaluationsInTheirRegionOnly() {
        String person = unique("person");
        UUID invitation = concludedCase(person, uniqueOrg(), REGION, "item-a", "staff-a");
        String id = evaluate(citizen(person), invitation, rating("BASICALLY_SATISFIED", 3, false, null)).json().get("id").asString();

        assertThat(get("/evaluations/" + id, supervisor("610300")).status()).isEqualTo(200);
        assertThat(get("/evaluations/" + id, supervisor("610900")).status()).isEqualTo(404);
        assertThat(get("/evaluations", Tokens.forRoles("citizen").idHash(person).bearer()).status()).isEqualTo(403);
    }

    @Test
    void aWalkInServiceIsRatedOnTheHallDeviceWithItsShortCodeOnce() {
        String org = uniqueOrg();
        String clerk = Tokens.forRoles("window-clerk").org(org).region(REGION).subject("clerk-" + org).bearer();
        JsonNode code = post("/invitations/walk-in", clerk, "{\"itemCodes\":[\"item-w\"],\"itemNames\":[\"社保卡补办\"]}").json();
        String hallDevice = Tokens.forRoles("window-clerk").org(org).region(REGION).client("hall-device-07").subject("device-07").bearer();
        String body = "{\"shortCode\":\"" + code.get("shortCode").asString().toLowerCase() + "\",\"rating\":" + rating("VERY_SATISFIED", 4, false, null) + "}";

        Response rated = post("/evaluations", hallDevice, body);
        Response again = post("/evaluations", hallDevice, body);

        assertThat(code.get("shortCode").asString()).hasSize(8);
        assertThat(rated.status()).isEqualTo(201);
        assertThat(rated.json().get("anonymous").asBoolean()).as("nobody identified at the device").isTrue();
        assertThat(rated.json().get("service").get("staffIds").get(0).asString()).isEqualTo("clerk-" + org);
        assertThat(again.status()).isEqualTo(409);
        assertThat(post("/invitations/walk-in", citizen(unique("p")), "{}").status()).isEqualTo(403);
    }

    @Test
    void aBurstOfRatingsFromOneSourceIsRefusedAndFlaggedForModeration() {
        String person = unique("busy");
        String org = uniqueOrg();
        for (int i = 0; i < 5; i++) {
            UUID invitation = concludedCase(person, org, REGION, "item-a", "staff-a");
            assertThat(evaluate(citizen(person), invitation, rating("VERY_DISSATISFIED", 2, false, "差 " + i)).status()).isEqualTo(201);
        }
        UUID sixth = concludedCase(person, org, REGION, "item-a", "staff-a");

        Response refused = evaluate(citizen(person), sixth, rating("VERY_DISSATISFIED", 2, false, "差"));

        assertThat(refused.status()).isEqualTo(429);
        JsonNode flagged = get("/evaluations?flagged=true&size=100", supervisor("610326")).json().get("items");
        int flaggedOfThisSource = 0;
        for (JsonNode item : flagged) {
            if (item.get("service").get("orgCode").asString().equals(org)) {
                flaggedOfThisSource++;
            }
        }
        assertThat(flaggedOfThisSource).isEqualTo(5);
        String oneOfThem = get("/evaluations/mine", citizen(person)).json().get("items").get(0).get("id").asString();
        Response published = post("/evaluations/" + oneOfThem + "/moderation", supervisor("610300"), "{\"publish\":true}");
        assertThat(published.json().get("moderation").asString()).isEqualTo("PUBLISHED");
        assertThat(get("/public/organisations/" + org + "/evaluations", null).json().get("total").asLong())
                .as("only the text a moderator let through is public").isEqualTo(1);
    }
}
