package cn.yiwang.certificate.support;

import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.test.ServiceIntegrationTest;
import cn.yiwang.common.test.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;


/**
 * The whole service on a real PostgreSQL and Kafka. Key material is generated per test JVM, never
 * committed; every subclass shares one application context (same properties), so one database.
 */
@ServiceIntegrationTest
public abstract class CertificateIntegrationTestBase {

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
