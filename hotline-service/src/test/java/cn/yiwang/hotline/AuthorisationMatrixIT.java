package cn.yiwang.hotline;

import cn.yiwang.common.test.AuthorisationMatrix;
import cn.yiwang.common.test.Tokens;
import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11: who may call what. The matrix ({@code authorisation-matrix.md}) says, for every
 * operation of the OpenAPI document and every role, allow or deny; the scenarios below check
 * ownership and region with real records.
 */
class AuthorisationMatrixIT extends HotlineIntegrationTest {

    @Autowired
    JdbcTemplate matrixDatabase;

    @TestFactory
    Stream<DynamicNode> everyRoleGetsWhatTheMatrixSays() throws Exception {
        return AuthorisationMatrix.ofService(port, matrixDatabase)
                .pathValue("format", "json")
                .tests();
    }

    private static final String TICKETS = "/api/v1/hotline/tickets/";

    @Test
    void anotherCitizenNeitherSeesNorRepliesToNorRatesSomeoneElsesTicket() {
        String ticket = citizensTicket("authz-owner-hash", "小区路灯不亮");
        String stranger = citizen("authz-stranger-hash");
        String statusBefore = text(api.get(TICKETS + ticket, agent()).json(), "status");

        assertThat(api.get(TICKETS + ticket, stranger).status()).isIn(403, 404);
        assertThat(api.get(TICKETS + ticket + "/duplicates", stranger).status()).isIn(403, 404);
        assertThat(api.post(TICKETS + ticket + "/reply", stranger, Map.of("reply", "已处理")).status()).isIn(403, 404);
        assertThat(api.post(TICKETS + ticket + "/return-visit", stranger, Map.of("satisfaction", "DISSATISFIED")).status())
                .isIn(403, 404);
        assertThat(api.get("/api/v1/hotline/tickets?size=200", stranger).body()).doesNotContain(ticket);

        Response own = api.get(TICKETS + ticket, citizen("authz-owner-hash"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(text(own.json(), "status")).as("the stranger changed nothing").isEqualTo(statusBefore);
    }

    @Test
    void theCentreADepartmentAndAPartnerOfAnotherRegionNeitherSeeNorActOnTheTicket() {
        String ticket = citizensTicket("authz-owner-hash-2", "路灯杆倾斜");
        String agentElsewhere = Tokens.forRoles("hotline-agent").region("610926").org("12610926MB0000001X").bearer();
        String dispatcherElsewhere = Tokens.forRoles("hotline-dispatcher").region("610926").org("12610926MB0000001X").bearer();
        String supervisorElsewhere = supervisor("610900");
        String partnerElsewhere = Tokens.forRoles("partner-system").region("610926").org("12610926MB0000009X")
                .client("partner-pingli").bearer();
        String departmentNotAssigned = department(HOUSING);
        String statusBefore = text(api.get(TICKETS + ticket, agent()).json(), "status");

        for (String outsider : List.of(agentElsewhere, dispatcherElsewhere, supervisorElsewhere, partnerElsewhere,
                departmentNotAssigned)) {
            assertThat(api.get(TICKETS + ticket, outsider).status()).isIn(403, 404);
            assertThat(api.post(TICKETS + ticket + "/dispatch", outsider, Map.of()).status()).isIn(403, 404);
            assertThat(api.post(TICKETS + ticket + "/reply", outsider, Map.of("reply", "越权答复")).status()).isIn(403, 404);
            assertThat(api.post(TICKETS + ticket + "/return-visit", outsider, Map.of("satisfaction", "SATISFIED")).status())
                    .isIn(403, 404);
            assertThat(api.post(TICKETS + ticket + "/supervise", outsider, Map.of("reason", "越权督办")).status())
                    .isIn(403, 404);
        }
        Response inRegion = api.get(TICKETS + ticket, agent());
        assertThat(inRegion.status()).isEqualTo(200);
        assertThat(text(inRegion.json(), "status")).as("the outsiders changed nothing").isEqualTo(statusBefore);
        assertThat(api.get(TICKETS + ticket, citizen("authz-owner-hash-2")).status()).isEqualTo(200);
    }

    private String citizensTicket(String idHash, String description) {
        Response created = api.post("/api/v1/hotline/tickets", citizen(idHash), Map.of("channel", "MOBILE",
                "type", "HELP", "categoryCode", "city.streetlight", "regionCode", MEI, "description", description));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return text(created.json().path("ticket"), "id");
    }
}
