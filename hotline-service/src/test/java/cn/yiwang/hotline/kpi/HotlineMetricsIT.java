package cn.yiwang.hotline.kpi;

import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The business gauges as Prometheus scrapes them from {@code /actuator/prometheus}. */
class HotlineMetricsIT extends HotlineIntegrationTest {

    @Test
    void theMonthsRatesAndTheWeeksBusiestTopicsAreScraped() {
        // July 2026: no other test takes tickets in this month.
        clock.setBeijing("2026-07-06T09:00");
        String onTime = dispatched("city.sanitation", "垃圾桶满溢一");
        String late = dispatched("city.sanitation", "垃圾桶满溢二");
        String accepted = dispatched("city.sanitation", "垃圾桶满溢三");
        dispatched("utility.heating", "暖气管道漏水");
        api.post(path(onTime, "accept"), department(CITY_MANAGEMENT), Map.of());
        api.post(path(late, "accept"), department(CITY_MANAGEMENT), Map.of());
        api.post(path(accepted, "accept"), department(CITY_MANAGEMENT), Map.of());
        api.post(path(onTime, "reply"), department(CITY_MANAGEMENT), Map.of("reply", "已清运"));
        api.post(path(onTime, "return-visit"), agent(), Map.of("satisfaction", "SATISFIED", "resolved", true));
        clock.setBeijing("2026-07-20T09:00");
        api.post(path(late, "reply"), department(CITY_MANAGEMENT), Map.of("reply", "已清运，晚了"));
        api.post(path(late, "return-visit"), agent(), Map.of("satisfaction", "SATISFIED", "resolved", true));
        clock.setBeijing("2026-07-10T09:00");

        // 3 of 4 dispatched answered, 1 of 2 replies on time, 2 of 2 reached satisfied.
        // Gauges refresh on a schedule: wait for a refresh made after the last step (both replies in).
        String scraped = await().atMost(Duration.ofSeconds(30)).until(this::scrape,
                text -> Double.valueOf(0.5).equals(value(text, "yiwang_hotline_on_time_rate", null))
                        && Double.valueOf(3.0).equals(value(text, "yiwang_hotline_hotspot_tickets", "city.sanitation")));
        assertThat(value(scraped, "yiwang_hotline_response_rate", null)).isEqualTo(0.75);
        assertThat(value(scraped, "yiwang_hotline_satisfaction_rate", null)).isEqualTo(1.0);
        assertThat(value(scraped, "yiwang_hotline_hotspot_tickets", "utility.heating")).isEqualTo(1.0);

        // A week later the tickets of the 6th have left the 7-day window.
        clock.setBeijing("2026-07-14T09:00");
        await().atMost(Duration.ofSeconds(30)).until(this::scrape,
                text -> value(text, "yiwang_hotline_hotspot_tickets", "city.sanitation") == null);
    }

    private String dispatched(String category, String description) {
        Response created = api.post("/api/v1/hotline/tickets", agent(), complaint(category, description));
        String id = text(created.json().path("ticket"), "id");
        assertThat(api.post(path(id, "dispatch"), dispatcher(), Map.of()).status()).isEqualTo(200);
        return id;
    }

    private String scrape() {
        Response response = api.get("/actuator/prometheus", null);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** The sample of a metric (with the given topic tag, if any), or null when it is not there. */
    private static Double value(String scraped, String metric, String topic) {
        Pattern pattern = Pattern.compile("^" + metric + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = pattern.matcher(scraped);
        while (matcher.find()) {
            if (topic == null || matcher.group(1).contains("topic=\"" + topic + "\"")) {
                return Double.valueOf(matcher.group(2));
            }
        }
        return null;
    }

    private static String path(String id, String step) {
        return "/api/v1/hotline/tickets/" + id + "/" + step;
    }
}
