package cn.yiwang.cases.it;

import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The commitment verification task with revocation, and the indicators of a region. */
class CommitmentAndIndicatorsIT extends CaseServiceITSupport {

    private String clerk;
    private String approver;

    @BeforeEach
    void setUp() throws Exception {
        itemsArePublished();
        clockAt("2026-03-02T09:00");
        clerk = Tokens.forRoles("window-clerk").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
        approver = Tokens.forRoles("approver").subject("inspector-zhao").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
    }

    @Test
    void aFalseCommitmentRevokesTheDecisionAndTheApplicantsNextCommitmentIsRefused() {
        String idNumber = citizenId(51);
        String citizen = Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer();
        String id = post("", citizen, CaseFlowIT.application(idNumber), Map.of("Idempotency-Key", "k-" + UUID.randomUUID()))
                .body().get("id").asText();
        post("/" + id + "/acceptance", clerk, null);
        post("/" + id + "/conclusion", approver, Map.of("outcome", "APPROVED", "result", "准予许可"));
        assertThat(numbersIn(get("/queue?commitmentCheck=pending&size=100", approver).body())).contains(id);

        Reply revoked = post("/" + id + "/commitment-check", approver, Map.of("truthful", false, "note", "经营场所不存在"));

        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(200);
        assertThat(revoked.body().get("status").asText()).isEqualTo("REVOKED");
        assertThat(numbersIn(get("/queue?commitmentCheck=pending&size=100", approver).body())).doesNotContain(id);
        assertThat(distinctEvents(id, 4)).extracting(record -> header(record, "ce_type"))
                .containsExactly("yiwang.case.submitted.v1", "yiwang.case.accepted.v1", "yiwang.case.concluded.v1",
                        "yiwang.case.revoked.v1");
        Reply next = post("", citizen, CaseFlowIT.application(idNumber), Map.of("Idempotency-Key", "k-" + UUID.randomUUID()));
        assertThat(next.status()).isEqualTo(422);
        assertThat(next.raw()).contains("虚假承诺");
    }

    @Test
    void theIndicatorsOfTheRegionCountTheCasesInTheSupervisorsScope() {
        String idNumber = citizenId(52);
        String citizen = Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer();
        String id = post("", citizen, CaseFlowIT.application(idNumber), Map.of("Idempotency-Key", "k-" + UUID.randomUUID()))
                .body().get("id").asText();
        post("/" + id + "/acceptance", clerk, null);
        clockAt("2026-03-05T09:00");
        post("/" + id + "/conclusion", approver, Map.of("outcome", "APPROVED", "result", "准予许可"));
        String supervisor = Tokens.forRoles("supervisor").region("610300").bearer();
        String elsewhere = Tokens.forRoles("supervisor").region("610900").bearer();

        JsonNode baoji = get("/indicators?from=2026-03-02&to=2026-03-02&itemCode=" + FOOD_LICENCE, supervisor).body();
        JsonNode ankang = get("/indicators?from=2026-03-02&to=2026-03-02", elsewhere).body();

        assertThat(baoji.get("cases").asLong()).isPositive();
        assertThat(baoji.get("concluded").asLong()).isPositive();
        assertThat(baoji.get("onlineShare").asDouble()).isGreaterThan(0.0);
        assertThat(ankang.get("cases").asLong()).isZero();
    }

    private static java.util.List<String> numbersIn(JsonNode page) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
