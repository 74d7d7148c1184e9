package cn.yiwang.review;

import cn.yiwang.common.test.AuthorisationMatrix;
import cn.yiwang.common.test.Tokens;
import cn.yiwang.review.support.ReviewIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11: who may call what. The matrix ({@code authorisation-matrix.md}) says, for every
 * operation of the OpenAPI document and every role, allow or deny; the scenarios below check
 * ownership and region with real records.
 */
class AuthorisationMatrixIT extends ReviewIntegrationTest {

    @Autowired
    JdbcTemplate matrixDatabase;

    @TestFactory
    Stream<DynamicNode> everyRoleGetsWhatTheMatrixSays() throws Exception {
        return AuthorisationMatrix.ofService(port, matrixDatabase)
                .probingEmptyBodies()
                .tests();
    }

    private static final String MEI = "610326";

    @Test
    void anotherCitizenNeitherRatesInSomeoneElsesNameNorSeesOrFollowsUpTheirEvaluation() {
        String person = unique("person");
        UUID invitation = concludedCase(person, uniqueOrg(), MEI, "item-authz", "staff-authz");
        String stranger = citizen(unique("stranger"));

        assertThat(evaluate(stranger, invitation, rating("VERY_DISSATISFIED", 2, false, "冒名差评")).status())
                .as("rating someone else's service").isIn(403, 404, 422);
        assertThat(jdbc.queryForObject("select count(*) from evaluation where invitation_id = ?", Integer.class, invitation))
                .isZero();

        String evaluationId = evaluate(citizen(person), invitation, rating("SATISFIED", 2, false, "办事顺利"))
                .json().get("id").asString();
        assertThat(get("/evaluations/" + evaluationId, stranger).status()).isIn(403, 404);
        assertThat(post("/evaluations/" + evaluationId + "/follow-up", stranger, rating("VERY_DISSATISFIED", 2, false, null))
                .status()).isIn(403, 404);
        assertThat(get("/evaluations/mine", stranger).body()).doesNotContain(evaluationId);

        assertThat(get("/evaluations/" + evaluationId, citizen(person)).status()).isEqualTo(200);
        assertThat(post("/evaluations/" + evaluationId + "/follow-up", citizen(person), rating("SATISFIED", 2, false, "追评"))
                .status()).isEqualTo(201);
    }

    @Test
    void staffOfAnotherOrganisationOrRegionNeitherSeeNorActOnAWorkOrderOrItsEvaluation() {
        String person = unique("person");
        String org = uniqueOrg();
        UUID invitation = concludedCase(person, org, MEI, "item-authz", "staff-authz");
        String evaluationId = evaluate(citizen(person), invitation, rating("DISSATISFIED", 2, false, "材料被退回三次"))
                .json().get("id").asString();
        String admin = orgAdmin(org, MEI);
        JsonNode order = get("/work-orders?open=true", admin).json().get("items").get(0);
        String path = "/work-orders/" + order.get("id").asString();

        String otherOrgSameRegion = orgAdmin(uniqueOrg(), MEI);
        String officerOfOtherOrg = Tokens.forRoles("evaluation-officer").org(uniqueOrg()).region(MEI).bearer();
        String supervisorElsewhere = supervisor("610900");
        String partnerElsewhere = Tokens.forRoles("partner-system").region("610926").org(uniqueOrg()).client("partner-pingli").bearer();
        for (String outsider : java.util.List.of(otherOrgSameRegion, officerOfOtherOrg, supervisorElsewhere, partnerElsewhere)) {
            assertThat(get(path, outsider).status()).isIn(403, 404);
            assertThat(post(path + "/verification", outsider, "{\"text\":\"越权核实\"}").status()).isIn(403, 404);
            assertThat(get("/evaluations/" + evaluationId, outsider).status()).isIn(403, 404);
            assertThat(post("/evaluations/" + evaluationId + "/appeals", outsider,
                    "{\"reason\":\"MALICIOUS\",\"statement\":\"越权申诉\",\"evidence\":[\"录音\"]}").status()).isIn(403, 404);
            assertThat(get("/work-orders?size=100", outsider).body()).doesNotContain(order.get("id").asString());
        }
        assertThat(post("/evaluations/" + evaluationId + "/moderation", supervisorElsewhere, "{\"publish\":false}").status())
                .isIn(403, 404);

        JsonNode unchanged = get(path, admin).json();
        assertThat(unchanged.get("status").asString()).isEqualTo("AWAITING_VERIFICATION");
        assertThat(get("/evaluations/" + evaluationId, supervisor("610300")).status()).isEqualTo(200);
    }
}
