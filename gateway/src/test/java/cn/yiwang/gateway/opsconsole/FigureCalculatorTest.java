package cn.yiwang.gateway.opsconsole;

import cn.yiwang.gateway.opsconsole.OpsFigures.Business;
import cn.yiwang.gateway.opsconsole.OpsFigures.ServiceHealth;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FigureCalculatorTest {

    static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    static ServiceReading reading(Instant at, String text) {
        return new ServiceReading("case-service", true, at, PrometheusText.parse(text));
    }

    @Test
    void requestRateAndErrorRateComeFromTheIncreaseSinceTheLastReadingIgnoringTheScrapesThemselves() {
        ServiceReading before = reading(T0, """
                http_server_requests_seconds_count{uri="/api/v1/cases",status="200"} 100
                http_server_requests_seconds_count{uri="/api/v1/cases",status="500"} 10
                http_server_requests_seconds_count{uri="/actuator/prometheus",status="200"} 5
                """);
        ServiceReading now = reading(T0.plusSeconds(5), """
                http_server_requests_seconds_count{uri="/api/v1/cases",status="200"} 145
                http_server_requests_seconds_count{uri="/api/v1/cases",status="500"} 15
                http_server_requests_seconds_count{uri="/actuator/prometheus",status="200"} 6
                """);

        ServiceHealth health = FigureCalculator.health(before, now);

        assertThat(health.up()).isTrue();
        assertThat(health.requestsPerSecond()).isEqualTo(10.0);
        assertThat(health.errorRate()).isEqualTo(0.1);
    }

    @Test
    void aServiceThatRestartedCountsFromZeroRatherThanShowingNegativeTraffic() {
        ServiceReading before = reading(T0, "http_server_requests_seconds_count{uri=\"/x\",status=\"200\"} 1000\n");
        ServiceReading now = reading(T0.plusSeconds(10), "http_server_requests_seconds_count{uri=\"/x\",status=\"200\"} 20\n");

        assertThat(FigureCalculator.health(before, now).requestsPerSecond()).isEqualTo(2.0);
    }

    @Test
    void latencyPercentilesAreInterpolatedInsideTheHistogramBucketLikePrometheus() {
        ServiceReading before = reading(T0, "");
        ServiceReading now = reading(T0.plusSeconds(5), """
                http_server_requests_seconds_bucket{uri="/x",le="0.1"} 50
                http_server_requests_seconds_bucket{uri="/x",le="0.2"} 90
                http_server_requests_seconds_bucket{uri="/x",le="0.4"} 100
                http_server_requests_seconds_bucket{uri="/x",le="+Inf"} 100
                """);

        ServiceHealth health = FigureCalculator.health(before, now);

        assertThat(health.p50Seconds()).isCloseTo(0.1, within(1e-9));
        assertThat(health.p99Seconds()).isCloseTo(0.38, within(1e-9));
    }

    @Test
    void aServiceThatDidNotAnswerIsDownWithNoFigures() {
        ServiceHealth health = FigureCalculator.health(null, ServiceReading.down("review-service", T0));

        assertThat(health.up()).isFalse();
        assertThat(health.requestsPerSecond()).isNull();
        assertThat(health.heapUsedBytes()).isNull();
    }

    @Test
    void heapOutboxAndOpenBreakersAreReadFromTheCurrentReading() {
        ServiceHealth health = FigureCalculator.health(null, reading(T0, """
                jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 100
                jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 50
                jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 999
                yiwang_outbox_backlog_events 3
                resilience4j_circuitbreaker_state{name="catalog-service",state="open"} 1
                resilience4j_circuitbreaker_state{name="catalog-service",state="closed"} 0
                resilience4j_circuitbreaker_state{name="review-service",state="open"} 0
                resilience4j_circuitbreaker_state{name="review-service",state="closed"} 1
                """));

        assertThat(health.heapUsedBytes()).isEqualTo(150.0);
        assertThat(health.outboxBacklog()).isEqualTo(3.0);
        assertThat(health.openCircuitBreakers()).containsExactly("catalog-service");
        assertThat(health.requestsPerSecond()).as("no earlier reading, no rate").isNull();
    }

    @Test
    void businessFiguresCombineEveryServicesGaugesAndCounters() {
        ServiceReading cases = reading(T0, """
                yiwang_cases_submitted_total{channel="pc"} 30
                yiwang_cases_submitted_total{channel="mobile"} 30
                yiwang_cases_submitted_total{channel="window"} 40
                yiwang_cases_concluded_total{on_time="true"} 45
                yiwang_cases_concluded_total{on_time="false"} 5
                yiwang_cases_overdue 2
                """);
        ServiceReading hotline = new ServiceReading("hotline-service", true, T0, PrometheusText.parse("""
                yiwang_hotline_satisfaction_rate 0.92
                yiwang_hotline_hotspot_tickets{topic="噪音扰民"} 4
                yiwang_hotline_hotspot_tickets{topic="鼠患"} 9
                """));
        ServiceReading vector = new ServiceReading("vector-control-service", true, T0, PrometheusText.parse("""
                yiwang_vectorcontrol_places{district="610326",level="A"} 3
                yiwang_vectorcontrol_places{district="610326",level="C"} 1
                """));

        Business business = FigureCalculator.business(List.of(cases, hotline, vector,
                ServiceReading.down("review-service", T0)));

        assertThat(business.cases().submitted()).isEqualTo(100.0);
        assertThat(business.cases().onlineShare()).isEqualTo(0.6);
        assertThat(business.cases().onTimeRate()).isEqualTo(0.9);
        assertThat(business.cases().overdue()).isEqualTo(2.0);
        assertThat(business.hotline().satisfactionRate()).isEqualTo(0.92);
        assertThat(business.hotline().responseRate()).as("not reported is absent, not zero").isNull();
        assertThat(business.hotline().hotspots()).extracting(OpsFigures.Hotspot::topic).containsExactly("鼠患", "噪音扰民");
        assertThat(business.vectorControl().districts()).singleElement()
                .satisfies(d -> assertThat(d.placesByLevel()).containsEntry("A", 3.0).containsEntry("C", 1.0));
        assertThat(business.reviews()).as("review-service is down: no figures rather than zeros").isNull();
    }
}
