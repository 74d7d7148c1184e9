package cn.yiwang.certificate.support;

import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.test.ServiceIntegrationTest;
import cn.yiwang.common.test.Tokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;


/**
 * The whole service on a real PostgreSQL and Kafka. Key material is generated per test JVM, never
 * committed; every subclass shares one application context (same properties), so one database.
 * case-service, the one peer, is a WireMock server on 127.0.0.1 ({@link #CASE_SERVICE}); this
 * service's own client-credentials token comes from its {@code /realm-token}. Waiting conclusions
 * are retried every half second (back-off up to 2 s) so that tests wait briefly.
 */
@ServiceIntegrationTest
public abstract class CertificateIntegrationTestBase {

    /** The token case-service's stub expects from this service. */
    public static final String SERVICE_TOKEN = "certificate-service-token";
    public static final WireMockServer CASE_SERVICE = new WireMockServer(
            com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

    static {
        CASE_SERVICE.start();
        CASE_SERVICE.stubFor(WireMock.post(WireMock.urlPathEqualTo("/realm-token")).willReturn(WireMock.okJson(
                "{\"access_token\": \"" + SERVICE_TOKEN + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}")));
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected PersonalDataProtector protection;

    protected Api api;

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        TestKeys.register(registry);
        TrustedPlatform.register(registry);
        registry.add("yiwang.certificate.cases.base-url", CASE_SERVICE::baseUrl);
        registry.add("yiwang.certificate.cases.read-timeout", () -> "1s");
        registry.add("yiwang.certificate.cases.retry.interval", () -> "500ms");
        registry.add("yiwang.certificate.cases.retry.max-backoff", () -> "2s");
        registry.add("yiwang.certificate.cases.retry.lease", () -> "20s");
        registry.add("yiwang.certificate.cases.breaker.wait-in-open-state", () -> "2s");
        registry.add("yiwang.service-client.client-id", () -> "certificate-service");
        registry.add("yiwang.service-client.client-secret", () -> "test-only-secret");
        registry.add("yiwang.service-client.token-uri", () -> CASE_SERVICE.baseUrl() + "/realm-token");
    }

    @org.junit.jupiter.api.BeforeEach
    void api() {
        api = new Api(port);
    }

    /** A citizen's token carrying the keyed hash of their ID number, as the identity provider issues it. */
    protected String citizen(String idNumber) {
        return Tokens.forRoles("citizen").idHash(protection.hash(idNumber)).bearer();
    }

    protected String enterprise(String creditCode) {
        return Tokens.forRoles("enterprise").idHash(protection.hash(creditCode)).bearer();
    }

    /** An issuing body's administrator in Mei County. */
    protected static String issuer(String orgCode) {
        return Tokens.forRoles("dept-admin").region("610326").org(orgCode).bearer();
    }

    protected static String agency(String orgCode) {
        return Tokens.forRoles("window-clerk").region("610326").org(orgCode).bearer();
    }
}
