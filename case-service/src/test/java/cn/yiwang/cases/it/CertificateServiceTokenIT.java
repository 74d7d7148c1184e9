package cn.yiwang.cases.it;

import cn.yiwang.common.test.Tokens;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 免证办 as deployed: case-service has its own client (yiwang.service-client.*) and asks
 * certificate-service with that client's token, since certificate-service answers only services.
 */
class CertificateServiceTokenIT extends CaseServiceITSupport {

    @DynamicPropertySource
    static void serviceClient(DynamicPropertyRegistry registry) {
        registry.add("yiwang.service-client.client-id", () -> "case-service");
        registry.add("yiwang.service-client.client-secret", () -> "test-only-secret");
        registry.add("yiwang.service-client.token-uri", () -> CERTIFICATE.baseUrl() + "/realm-token");
    }

    @Test
    void theCertificateQuestionCarriesCaseServicesOwnToken() throws Exception {
        itemsArePublished();
        clockAt("2026-03-02T09:00");
        String identifier = "1.2.156.3005.2.11100000000013338W011.token." + UUID.randomUUID();
        CERTIFICATE.stubFor(WireMock.post(urlPathEqualTo("/realm-token"))
                .willReturn(okJson("{\"access_token\": \"case-service-token\", \"token_type\": \"Bearer\", \"expires_in\": 300}")));
        CERTIFICATE.stubFor(WireMock.post(urlPathEqualTo("/api/v1/certificates/verifications"))
                .withHeader("Authorization", equalTo("Bearer case-service-token"))
                .withRequestBody(matchingJsonPath("$.identifier", equalTo(identifier)))
                .willReturn(okJson("{\"usable\": true}")));
        String idNumber = citizenId(61);
        Map<String, Object> body = new java.util.LinkedHashMap<>(CaseFlowIT.application(idNumber));
        body.put("materials", List.of(
                Map.of("code", "M01", "provision", "UPLOAD", "reference", "doc-1"),
                Map.of("code", "M02", "provision", "E_CERTIFICATE", "reference", identifier),
                Map.of("code", "M03", "provision", "UPLOAD", "reference", "doc-3"),
                Map.of("code", "M04", "provision", "UPLOAD", "reference", "doc-4")));

        Reply applied = post("", Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer(), body,
                Map.of("Idempotency-Key", "k-" + UUID.randomUUID()));

        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);
        assertThat(applied.body().get("materials").get(1).get("verification").asText()).isEqualTo("VERIFIED");
        CERTIFICATE.verify(postRequestedFor(urlPathEqualTo("/api/v1/certificates/verifications"))
                .withHeader("Authorization", equalTo("Bearer case-service-token")));
    }
}
