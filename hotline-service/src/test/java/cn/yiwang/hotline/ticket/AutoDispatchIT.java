package cn.yiwang.hotline.ticket;

import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A centre that lets partner and mobile tickets go straight to the catalogue's department: flagged
 * matters and matters without a rule still wait for an agent.
 */
@TestPropertySource(properties = "yiwang.hotline.tickets.auto-dispatch-channels=PARTNER,MOBILE")
class AutoDispatchIT extends HotlineIntegrationTest {

    @Test
    void anOpen311RequestFromAPartnerIsDispatchedByTheCatalogueAtOnce() {
        Response created = api.postForm("/open311/v2/requests.json", null, "api_key=test-open311-key-meixian"
                + "&service_code=env.vector.cockroaches&address_string=%E7%9C%89%E5%8E%BF&attribute%5Bplace_type%5D=food_premises");
        String number = text(created.json().get(0), "service_request_id");

        JsonNode request = api.get("/open311/v2/requests/" + number + ".json", null).json().get(0);
        assertThat(text(request, "agency_responsible")).isEqualTo("眉县爱国卫生运动委员会办公室");
        assertThat(text(request, "expected_datetime")).isEqualTo("2026-12-01T00:00:00+08:00");
    }

    @Test
    void aMobileTicketFlaggedAsAnEmergencyWaitsForTheAgent() {
        Response fire = api.post("/api/v1/hotline/tickets", citizen("auto-dispatch-citizen"), Map.of("channel", "MOBILE",
                "type", "HELP", "categoryCode", "city.sanitation", "regionCode", MEI, "description", "垃圾桶着火了"));
        Response ordinary = api.post("/api/v1/hotline/tickets", citizen("auto-dispatch-citizen"), Map.of("channel", "MOBILE",
                "type", "HELP", "categoryCode", "city.sanitation", "regionCode", MEI, "description", "垃圾桶满了"));

        assertThat(text(fire.json().path("ticket"), "status")).isEqualTo("REGISTERED");
        assertThat(text(ordinary.json().path("ticket"), "status")).isEqualTo("DISPATCHED");
        assertThat(text(ordinary.json().path("ticket"), "leadOrgCode")).isEqualTo(CITY_MANAGEMENT);
    }

    @Test
    void aPhoneTicketIsStillDispatchedByTheAgent() {
        Response byPhone = api.post("/api/v1/hotline/tickets", agent(), complaint("city.sanitation", "垃圾桶满了"));

        assertThat(text(byPhone.json().path("ticket"), "status")).isEqualTo("REGISTERED");
    }
}
