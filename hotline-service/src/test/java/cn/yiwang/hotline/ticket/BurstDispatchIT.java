package cn.yiwang.hotline.ticket;

import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's benchmark in small: one citizen sends many mobile tickets of one vector category in one
 * county at once — the README's benchmark request — and every one is stored and dispatched by the
 * catalogue's rule, counted by the README's query, each with its own number. Every ticket of the burst is a
 * duplicate candidate of the others (same caller), yet each intake proposes at most 20 of them; and the burst
 * raises its hotspot once, with the tickets it counted. No timing is asserted (the benchmark judges speed);
 * the rate reached is logged.
 */
@TestPropertySource(properties = "yiwang.hotline.tickets.auto-dispatch-channels=PARTNER,MOBILE")
class BurstDispatchIT extends HotlineIntegrationTest {

    private static final Logger LOG = LoggerFactory.getLogger(BurstDispatchIT.class);

    private static final int TICKETS = 2000;
    /** 眉县爱国卫生运动委员会办公室, the catalogue's department for env.vector in Mei County. */
    private static final String PATRIOTIC_HEALTH_OFFICE = AIWEI;

    /** The README's count of a run: tickets of the run stored, and those dispatched by the catalogue's rule. */
    private static final String COUNT = """
            select count(*) as stored,
                   count(*) filter (where t.status = 'DISPATCHED' and t.lead_org_code = ? and exists (
                       select 1 from ticket_step s
                       where s.ticket_id = t.id and s.action = 'DISPATCHED' and s.actor_subject = 'auto-dispatch')) as by_rule
            from ticket t
            where t.channel = 'MOBILE' and t.category_code = 'env.vector.rats' and t.region_code = '610326'
              and t.description like ?""";

    @Test
    void aBurstOfMobileTicketsIsStoredAndEveryOneDispatchedByTheCatalogue() throws Exception {
        String run = "【压测 " + System.nanoTime() + "】";
        String citizen = citizen("burst-citizen");
        ExecutorService phones = Executors.newFixedThreadPool(32);
        List<Response> responses = new ArrayList<>();
        long started = System.nanoTime();
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < TICKETS; i++) {
                Map<String, Object> body = benchmarkRequest(run, i);
                calls.add(phones.submit(() -> api.post("/api/v1/hotline/tickets", citizen, body)));
            }
            for (Future<Response> call : calls) {
                responses.add(call.get());
            }
        } finally {
            phones.shutdown();
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("{} intakes from 32 callers at once in {} s ({}/s)", TICKETS, String.format("%.1f", seconds),
                String.format("%.0f", TICKETS / seconds));
        for (Response response : responses) {
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            JsonNode ticket = response.json().path("ticket");
            assertThat(text(ticket, "status")).isEqualTo("DISPATCHED");
            assertThat(text(ticket, "leadOrgCode")).isEqualTo(PATRIOTIC_HEALTH_OFFICE);
            assertThat(response.json().path("duplicateCandidates").size()).isLessThanOrEqualTo(20);
        }
        Map<String, Object> counted = jdbc.queryForMap(COUNT, PATRIOTIC_HEALTH_OFFICE, run + "%");
        assertThat(((Number) counted.get("stored")).intValue()).isEqualTo(TICKETS);
        assertThat(((Number) counted.get("by_rule")).intValue()).isEqualTo(TICKETS);
        assertThat(jdbc.queryForList("select number from ticket where description like ?", String.class, run + "%"))
                .hasSize(TICKETS).doesNotHaveDuplicates();
        List<Map<String, Object>> hotspots = jdbc.queryForList("""
                select ticket_count, ticket_ids from hotspot
                where category_code = 'env.vector.rats' and region_code = '610326' and detected_at > ? and detected_at <= ?""",
                Timestamp.from(clock.instant().minus(Duration.ofHours(24))), Timestamp.from(clock.instant()));
        assertThat(hotspots).as("one hotspot for the burst's category and county").hasSize(1);
        List<String> hotspotTickets = List.of(((String) hotspots.get(0).get("ticket_ids")).split(","));
        assertThat(hotspotTickets).hasSize(((Number) hotspots.get(0).get("ticket_count")).intValue()).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("""
                select count(*) from ticket where id = any (?) and category_code = 'env.vector.rats' and region_code like '610326%'""",
                Integer.class, (Object) hotspotTickets.toArray(String[]::new))).isEqualTo(hotspotTickets.size());
    }

    /** The body of the README's benchmark request, numbered within the run. */
    private static Map<String, Object> benchmarkRequest(String run, int n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "MOBILE");
        body.put("type", "COMPLAINT");
        body.put("categoryCode", "env.vector.rats");
        body.put("regionCode", "610326");
        body.put("location", "眉县首善镇中街" + n + "号");
        body.put("description", run + "小区垃圾站附近老鼠很多，白天也能看到");
        return body;
    }
}
