package cn.yiwang.hotline.support;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document lists the hotline's and Open311's paths and no token-derived parameters. */
class ApiDocumentIT extends HotlineIntegrationTest {

    @Test
    void theApiDocumentListsTicketsAndOpen311WithoutTheCallerAsAParameter() {
        HotlineApi.Response document = api.get("/v3/api-docs", null);

        JsonNode paths = document.json().path("paths");
        assertThat(paths.has("/api/v1/hotline/tickets")).isTrue();
        assertThat(paths.has("/api/v1/hotline/tickets/{id}/return-visit")).isTrue();
        assertThat(paths.has("/open311/v2/requests.{format}")).isTrue();
        assertThat(paths.has("/api/v1/hotline/escalations/{id}/acknowledge")).isTrue();
        assertThat(document.body()).doesNotContain("\"name\":\"actor\"").doesNotContain("holderIdHash");
    }
}
