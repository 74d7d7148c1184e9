package cn.yiwang.common.security;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import feign.RequestTemplate;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** A realm token endpoint and a peer service, both stood in for by WireMock on 127.0.0.1. */
class ServiceTokensIT {

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    @BeforeEach
    void start() {
        server.start();
        server.stubFor(post(urlEqualTo("/realms/yiwang/protocol/openid-connect/token"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"service-token-1\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        server.stubFor(get(urlEqualTo("/api/v1/catalog/items/X")).willReturn(aResponse().withStatus(200).withBody("{}")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void callsToAPeerCarryTheServicesOwnTokenFetchedOnceAndReused() {
        ServiceTokens tokens = new ServiceTokens(new ServiceClientProperties("case-service", "s3cret", null),
                "http://127.0.0.1:" + server.port() + "/realms/yiwang/protocol/openid-connect/token");
        RestClient peer = RestClient.builder().baseUrl("http://127.0.0.1:" + server.port())
                .requestInterceptor(new ServiceTokenInterceptor(tokens)).build();

        peer.get().uri("/api/v1/catalog/items/X").retrieve().toBodilessEntity();
        peer.get().uri("/api/v1/catalog/items/X").retrieve().toBodilessEntity();

        server.verify(2, getRequestedFor(urlEqualTo("/api/v1/catalog/items/X"))
                .withHeader("Authorization", equalTo("Bearer service-token-1")));
        server.verify(1, postRequestedFor(urlEqualTo("/realms/yiwang/protocol/openid-connect/token"))
                .withRequestBody(containing("grant_type=client_credentials")));
    }

    @Test
    void aServiceWithAClientIdGetsItsTokenFromTheRealmOfItsIssuerAlsoOnFeignCalls() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ServiceClientAutoConfiguration.class))
                .withPropertyValues("yiwang.service-client.client-id=case-service",
                        "yiwang.service-client.client-secret=s3cret",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:" + server.port() + "/realms/yiwang")
                .run(context -> {
                    assertThat(context.getBean(ServiceTokens.class).accessToken()).isEqualTo("service-token-1");
                    RequestTemplate template = new RequestTemplate();
                    context.getBean(feign.RequestInterceptor.class).apply(template);
                    assertThat(template.headers().get("Authorization")).containsExactly("Bearer service-token-1");
                });
    }

    @Test
    void aServiceWithoutAClientIdHasNoServiceTokens() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ServiceClientAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(ServiceTokens.class));
    }
}
