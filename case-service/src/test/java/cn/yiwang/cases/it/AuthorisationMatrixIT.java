package cn.yiwang.cases.it;

import cn.yiwang.common.security.Roles;
import cn.yiwang.common.test.AuthorisationMatrix;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11: who may call what. The matrix ({@code authorisation-matrix.md}) says, for every
 * operation of the OpenAPI document and every role, allow or deny; the scenarios below check
 * ownership and region with real records.
 */
class AuthorisationMatrixIT extends CaseServiceITSupport {

    @Autowired
    JdbcTemplate matrixDatabase;

    @TestFactory
    Stream<DynamicNode> everyRoleGetsWhatTheMatrixSays() throws Exception {
        itemsArePublished();
        clockAt("2026-03-02T09:00");
        // The matrix's citizen and enterprise carry the hash of this ID number, so "apply for
        // yourself" is a real application; every other role applies for them, as a hall would.
        String matrixApplicant = citizenId(990);
        return AuthorisationMatrix.ofService(port, matrixDatabase)
                .tokens(role -> Roles.HOLDERS.contains(role)
                        ? AuthorisationMatrix.demoToken(role).idHash(personalData.hash(matrixApplicant))
                        : AuthorisationMatrix.demoToken(role))
                .body("POST /api/v1/cases", () -> CaseFlowIT.application(matrixApplicant))
                .probingEmptyBodies()
                .tests();
    }

    @BeforeEach
    void publishedItems() throws Exception {
        itemsArePublished();
        clockAt("2026-03-02T09:00");
    }

    @Test
    void anotherCitizenNeitherSeesNorWithdrawsNorSupplementsSomeoneElsesCase() {
        String idNumber = citizenId(901);
        String owner = citizen(idNumber);
        String stranger = citizen(citizenId(902));
        JsonNode applied = apply(owner, idNumber);
        String id = applied.get("id").asString();
        String number = applied.get("number").asString();

        assertThat(get("/" + id, stranger).status()).isIn(403, 404);
        assertThat(get("/by-number/" + number, stranger).status()).isIn(403, 404);
        assertThat(post("/" + id + "/withdrawal", stranger, Map.of()).status()).isIn(403, 404);
        assertThat(post("/" + id + "/supplement", stranger, Map.of("materials", List.of(Map.of("code", "M02", "provision", "UPLOAD", "reference", "doc-x")))).status()).isIn(403, 404);
        assertThat(get("/mine", stranger).raw()).doesNotContain(id);

        Reply own = get("/by-number/" + number, owner);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().get("status").asString()).as("the stranger changed nothing")
                .isEqualTo(applied.get("status").asString());
    }

    @Test
    void staffAndPartnersOfAnotherRegionNeitherSeeNorMoveTheCase() {
        String idNumber = citizenId(903);
        JsonNode applied = apply(citizen(idNumber), idNumber);
        String id = applied.get("id").asString();
        String number = applied.get("number").asString();
        String clerkElsewhere = Tokens.forRoles("window-clerk").region("610926").org(MARKET_REGULATOR).bearer();
        String approverElsewhere = Tokens.forRoles("approver").region("610926").org(MARKET_REGULATOR).bearer();
        String supervisorElsewhere = Tokens.forRoles("supervisor").region("610900").bearer();
        String partnerElsewhere = Tokens.forRoles("partner-system").region("610926").org("11610926MB0000001X")
                .client("partner-pingli").bearer();

        for (String outsider : List.of(clerkElsewhere, approverElsewhere, supervisorElsewhere, partnerElsewhere)) {
            assertThat(get("/" + id, outsider).status()).isIn(403, 404);
            assertThat(get("/by-number/" + number, outsider).status()).isIn(403, 404);
            assertThat(post("/" + id + "/acceptance", outsider, Map.of()).status()).isIn(403, 404);
            assertThat(post("/" + id + "/rejection", outsider, Map.of("reason", "越权不予受理")).status()).isIn(403, 404);
            assertThat(post("/" + id + "/conclusion", outsider, Map.of("outcome", "APPROVED", "result", "越权准予")).status()).isIn(403, 404);
            assertThat(get("/queue?size=200", outsider).raw()).doesNotContain(id);
        }
        String clerk = Tokens.forRoles("window-clerk").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
        assertThat(get("/" + id, clerk).body().get("status").asString()).as("the outsiders changed nothing")
                .isEqualTo(applied.get("status").asString());
        assertThat(post("/" + id + "/acceptance", clerk, Map.of()).status()).isEqualTo(200);
    }

    private String citizen(String idNumber) {
        return Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer();
    }

    private JsonNode apply(String token, String idNumber) {
        Reply reply = post("", token, CaseFlowIT.application(idNumber), Map.of("Idempotency-Key", "authz-" + UUID.randomUUID()));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body();
    }
}
