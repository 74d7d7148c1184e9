package cn.yiwang.hotline.support;

import cn.yiwang.common.test.ServiceIntegrationTest;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;

/**
 * Base of the service's integration tests: the whole service with its database, the Kafka broker
 * and real tokens, one shared context, and a clock the tests move.
 */
@ServiceIntegrationTest
@Import(HotlineIntegrationTest.TestClock.class)
@TestPropertySource(properties = {"yiwang.hotline.tickets.sweep-interval=PT1H", "yiwang.hotline.metrics.refresh=PT1S"})
public abstract class HotlineIntegrationTest {

    /** Mei County (眉县) and its departments in the seeded dispatch catalogue. */
    protected static final String MEI = "610326";
    protected static final String CITY_MANAGEMENT = "11610326MB01000018";
    protected static final String HOUSING = "11610326MB0200002X";
    protected static final String AIWEI = "11610326MB04000049";

    @LocalServerPort
    protected int port;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected JdbcTemplate jdbc;

    protected HotlineApi api;

    @BeforeEach
    void connect() {
        api = new HotlineApi(port);
        clock.setBeijing("2026-11-23T09:00");
    }

    protected static String agent() {
        return Tokens.forRoles("hotline-agent").region(MEI).org("12610326MB0000001X").subject("agent-mei").bearer();
    }

    protected static String dispatcher() {
        return Tokens.forRoles("hotline-dispatcher").region(MEI).org("12610326MB0000001X").subject("dispatcher-mei").bearer();
    }

    protected static String department(String orgCode) {
        return Tokens.forRoles("dept-admin").region(MEI).org(orgCode).subject("dept-" + orgCode).bearer();
    }

    protected static String supervisor(String region) {
        return Tokens.forRoles("supervisor").region(region).subject("supervisor-" + region).bearer();
    }

    protected static String citizen(String idHash) {
        return Tokens.forRoles("citizen").idHash(idHash).subject("citizen-" + idHash).bearer();
    }

    /** A complaint from a caller with a phone number of their own (so tests do not look like duplicates). */
    protected static Map<String, Object> complaint(String category, String description) {
        return complaint(category, description, "139" + String.format("%08d", PHONES.incrementAndGet()),
                "眉县首善镇中街市场东门" + PHONES.get() + "号摊位", null, null);
    }

    protected static Map<String, Object> complaint(String category, String description, String phone, String location,
                                                   Double latitude, Double longitude) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", "COMPLAINT");
        body.put("categoryCode", category);
        body.put("regionCode", MEI);
        body.put("location", location);
        body.put("latitude", latitude);
        body.put("longitude", longitude);
        body.put("description", description);
        body.put("caller", Map.of("name", "张三", "phone", phone, "address", "陕西省宝鸡市眉县首善镇中街12号"));
        return body;
    }

    private static final java.util.concurrent.atomic.AtomicInteger PHONES =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() % 1_000_000));

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
