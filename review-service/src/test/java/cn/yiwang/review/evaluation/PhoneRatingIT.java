package cn.yiwang.review.evaluation;

import cn.yiwang.common.test.Tokens;
import cn.yiwang.review.support.ReviewIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 12345 agent records the rating a person gives over the phone (channel 6, DOMAIN.md §4): marked
 * as recorded by the agent, and still the one rating of the service event.
 */
class PhoneRatingIT extends ReviewIntegrationTest {

    private static final String REGION = "610326";

    private static String agent(String region) {
        return Tokens.forRoles("hotline-agent").region(region).subject("agent-" + region).bearer();
    }

    private static String phoneRating(UUID invitation, String level) {
        return "{\"invitationId\":\"" + invitation + "\",\"level\":\"" + level
                + "\",\"indicators\":[\"efficiency\"],\"text\":\"回访时表示满意\"}";
    }

    @Test
    void anAgentRecordsAPhoneRatingThatThePersonSeesAsTheirOwn() {
        String person = unique("phone");
        UUID invitation = concludedCase(person, uniqueOrg(), REGION, "item-ph", "staff-ph", "PHONE");

        Response recorded = post("/evaluations/by-phone", agent("610300"), phoneRating(invitation, "SATISFIED"));

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.json().get("channel").asString()).isEqualTo("PHONE");
        assertThat(recorded.json().get("recordedByAgent").asBoolean()).isTrue();
        JsonNode mine = get("/evaluations/mine", citizen(person)).json().get("items");
        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).get("level").asString()).isEqualTo("SATISFIED");
        assertThat(mine.get(0).get("recordedByAgent").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT recorded_by FROM evaluation WHERE invitation_id = ?", String.class, invitation))
                .isEqualTo("agent-610300");
    }

    @Test
    void aServiceRatedByPhoneCannotBeRatedAgainOnAnyChannel() {
        String person = unique("phone");
        UUID invitation = concludedCase(person, uniqueOrg(), REGION, "item-ph", "staff-ph", "PHONE");
        post("/evaluations/by-phone", agent("610326"), phoneRating(invitation, "BASICALLY_SATISFIED"));

        assertThat(post("/evaluations/by-phone", agent("610326"), phoneRating(invitation, "VERY_SATISFIED")).status())
                .isEqualTo(409);
        assertThat(evaluate(citizen(person), invitation, rating("VERY_SATISFIED", 2, false, null)).status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM evaluation WHERE invitation_id = ?", Long.class, invitation))
                .isEqualTo(1);
    }

    @Test
    void onlyAnAgentOfTheServicesRegionMayRecordAPhoneRating() {
        String person = unique("phone");
        UUID invitation = concludedCase(person, uniqueOrg(), REGION, "item-ph", "staff-ph", "PHONE");

        assertThat(post("/evaluations/by-phone", citizen(person), phoneRating(invitation, "SATISFIED")).status())
                .isEqualTo(403);
        assertThat(post("/evaluations/by-phone", orgAdmin(uniqueOrg(), REGION), phoneRating(invitation, "SATISFIED"))
                .status()).isEqualTo(403);
        assertThat(post("/evaluations/by-phone", agent("610900"), phoneRating(invitation, "SATISFIED")).status())
                .as("another region's agent does not learn the service exists").isEqualTo(404);
        assertThat(post("/evaluations/by-phone", agent(REGION), "{\"invitationId\":\"" + invitation + "\"}").status())
                .as("no level, no rating: nothing is ever assumed").isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM evaluation WHERE invitation_id = ?", Long.class, invitation))
                .isZero();
    }
}
