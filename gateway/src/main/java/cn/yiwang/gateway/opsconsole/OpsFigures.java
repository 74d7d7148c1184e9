package cn.yiwang.gateway.opsconsole;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The figures the ops console shows: the same key figures as the Grafana dashboards of
 * deploy/observability. A figure a service does not (yet) report is absent, never zero.
 */
public record OpsFigures(Instant collectedAt, List<ServiceHealth> services, Business business, List<HistoryPoint> history) {

    public static OpsFigures empty() {
        return new OpsFigures(null, List.of(), Business.NONE, List.of());
    }

    /** Rates are per second since the previous reading; latency in seconds; memory in bytes. */
    public record ServiceHealth(String name, boolean up, Double requestsPerSecond, Double errorRate,
                                Double p50Seconds, Double p99Seconds, Double heapUsedBytes, Double heapMaxBytes,
                                Double dbConnectionsActive, Double kafkaConsumerLag, Double outboxBacklog,
                                List<String> openCircuitBreakers) {
    }

    public record Business(Cases cases, Reviews reviews, Hotline hotline, VectorControl vectorControl,
                           Catalog catalog, Certificates certificates) {
        static final Business NONE = new Business(null, null, null, null, null, null);
    }

    /** Since the service started (counters) or now (gauges). Online means PC and mobile (网上办理). */
    public record Cases(Map<String, Double> submittedByChannel, Double submitted, Double onlineShare,
                        Double concluded, Double onTimeRate, Double overdue) {
    }

    public record Reviews(Double evaluationRate, Double goodRate, Double rectificationRate) {
    }

    public record Hotline(Double responseRate, Double onTimeRate, Double satisfactionRate, List<Hotspot> hotspots) {
    }

    public record Hotspot(String topic, double tickets) {
    }

    /** Key places per district, by control level A, B, C or none. */
    public record VectorControl(List<District> districts) {
    }

    public record District(String district, Map<String, Double> placesByLevel) {
    }

    public record Catalog(Double publishedItems, Double qualityPassRate) {
    }

    public record Certificates(Double issued, Double verifications) {
    }

    public record HistoryPoint(Instant at, Map<String, Double> requestsPerSecond) {
    }
}
