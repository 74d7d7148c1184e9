package cn.yiwang.gateway.opsconsole;

import cn.yiwang.gateway.opsconsole.OpsFigures.Business;
import cn.yiwang.gateway.opsconsole.OpsFigures.Cases;
import cn.yiwang.gateway.opsconsole.OpsFigures.Catalog;
import cn.yiwang.gateway.opsconsole.OpsFigures.Certificates;
import cn.yiwang.gateway.opsconsole.OpsFigures.District;
import cn.yiwang.gateway.opsconsole.OpsFigures.Hotline;
import cn.yiwang.gateway.opsconsole.OpsFigures.Hotspot;
import cn.yiwang.gateway.opsconsole.OpsFigures.Reviews;
import cn.yiwang.gateway.opsconsole.OpsFigures.ServiceHealth;
import cn.yiwang.gateway.opsconsole.OpsFigures.VectorControl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Turns two successive readings of every service into the console's figures, computed the way
 * the Grafana dashboards compute them (rates from counter increases, quantiles from histogram
 * buckets), so the console and the dashboards agree. The Prometheus names are the ones listed in
 * deploy/observability/README.md.
 */
public final class FigureCalculator {

    /** Online channels for the online share (网办率): applications not made in person. */
    static final List<String> ONLINE_CHANNELS = List.of("pc", "mobile");
    static final int TOP_HOTSPOTS = 20;

    private FigureCalculator() {
    }

    public static ServiceHealth health(ServiceReading previous, ServiceReading current) {
        if (!current.up()) {
            return new ServiceHealth(current.service(), false, null, null, null, null, null, null, null, null, null, List.of());
        }
        Predicate<MetricSample> served = s -> !String.valueOf(s.label("uri")).startsWith("/actuator");
        Double requestsPerSecond = null;
        Double errorRate = null;
        Double p50 = null;
        Double p99 = null;
        if (previous != null && previous.up()) {
            double seconds = Duration.between(previous.at(), current.at()).toMillis() / 1000.0;
            Double requests = increase(previous, current, "http_server_requests_seconds_count", served);
            Double errors = increase(previous, current, "http_server_requests_seconds_count",
                    served.and(s -> String.valueOf(s.label("status")).startsWith("5")));
            if (requests != null && seconds > 0) {
                requestsPerSecond = requests / seconds;
                errorRate = requests > 0 ? (errors == null ? 0.0 : errors / requests) : null;
            }
            Map<Double, Double> buckets = bucketIncrease(previous, current, served);
            p50 = Histograms.quantile(0.50, buckets);
            p99 = Histograms.quantile(0.99, buckets);
        }
        Predicate<MetricSample> heap = s -> "heap".equals(s.label("area"));
        List<String> open = current.samples().stream()
                .filter(s -> s.name().equals("resilience4j_circuitbreaker_state") && s.value() == 1.0
                        && String.valueOf(s.label("state")).contains("open") && !"half_open".equals(s.label("state")))
                .map(s -> s.label("name")).distinct().sorted().toList();
        return new ServiceHealth(current.service(), true, requestsPerSecond, errorRate, p50, p99,
                sum(current, "jvm_memory_used_bytes", heap),
                sum(current, "jvm_memory_max_bytes", heap.and(s -> s.value() > 0)),
                sum(current, "hikaricp_connections_active", s -> true),
                max(current, "kafka_consumer_fetch_manager_records_lag_max"),
                sum(current, "yiwang_outbox_backlog_events", s -> true),
                open);
    }

    public static Business business(List<ServiceReading> readings) {
        ServiceReading all = new ServiceReading("all", true, null,
                readings.stream().flatMap(r -> r.samples().stream()).toList());
        return new Business(cases(all), reviews(all), hotline(all), vectorControl(all), catalog(all), certificates(all));
    }

    static Cases cases(ServiceReading all) {
        Map<String, Double> byChannel = new TreeMap<>();
        all.samples().stream().filter(s -> s.name().equals("yiwang_cases_submitted_total"))
                .forEach(s -> byChannel.merge(String.valueOf(s.label("channel")), s.value(), Double::sum));
        Double submitted = byChannel.isEmpty() ? null : byChannel.values().stream().mapToDouble(Double::doubleValue).sum();
        Double online = submitted == null || submitted == 0 ? null
                : ONLINE_CHANNELS.stream().mapToDouble(c -> byChannel.getOrDefault(c, 0.0)).sum() / submitted;
        Double concluded = sum(all, "yiwang_cases_concluded_total", s -> true);
        Double onTime = sum(all, "yiwang_cases_concluded_total", s -> "true".equals(s.label("on_time")));
        Double onTimeRate = concluded == null || concluded == 0 ? null : (onTime == null ? 0.0 : onTime / concluded);
        Double overdue = sum(all, "yiwang_cases_overdue", s -> true);
        if (submitted == null && concluded == null && overdue == null) {
            return null;
        }
        return new Cases(byChannel.isEmpty() ? null : byChannel, submitted, online, concluded, onTimeRate, overdue);
    }

    static Reviews reviews(ServiceReading all) {
        Reviews reviews = new Reviews(mean(all, "yiwang_reviews_evaluation_rate"), mean(all, "yiwang_reviews_good_rate"),
                mean(all, "yiwang_reviews_rectification_rate"));
        return reviews.evaluationRate() == null && reviews.goodRate() == null && reviews.rectificationRate() == null
                ? null : reviews;
    }

    static Hotline hotline(ServiceReading all) {
        Map<String, Double> byTopic = new TreeMap<>();
        all.samples().stream().filter(s -> s.name().equals("yiwang_hotline_hotspot_tickets"))
                .forEach(s -> byTopic.merge(String.valueOf(s.label("topic")), s.value(), Double::sum));
        List<Hotspot> hotspots = byTopic.entrySet().stream().map(e -> new Hotspot(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(Hotspot::tickets).reversed().thenComparing(Hotspot::topic))
                .limit(TOP_HOTSPOTS).toList();
        Hotline hotline = new Hotline(mean(all, "yiwang_hotline_response_rate"), mean(all, "yiwang_hotline_on_time_rate"),
                mean(all, "yiwang_hotline_satisfaction_rate"), hotspots);
        return hotline.responseRate() == null && hotline.onTimeRate() == null && hotline.satisfactionRate() == null
                && hotspots.isEmpty() ? null : hotline;
    }

    static VectorControl vectorControl(ServiceReading all) {
        Map<String, Map<String, Double>> byDistrict = new TreeMap<>();
        all.samples().stream().filter(s -> s.name().equals("yiwang_vectorcontrol_places"))
                .forEach(s -> byDistrict.computeIfAbsent(String.valueOf(s.label("district")), d -> new TreeMap<>())
                        .merge(String.valueOf(s.label("level")), s.value(), Double::sum));
        if (byDistrict.isEmpty()) {
            return null;
        }
        List<District> districts = new ArrayList<>();
        byDistrict.forEach((district, levels) -> districts.add(new District(district, levels)));
        return new VectorControl(districts);
    }

    static Catalog catalog(ServiceReading all) {
        Catalog catalog = new Catalog(sum(all, "yiwang_catalog_items_published", s -> true),
                mean(all, "yiwang_catalog_quality_pass_rate"));
        return catalog.publishedItems() == null && catalog.qualityPassRate() == null ? null : catalog;
    }

    static Certificates certificates(ServiceReading all) {
        Certificates certificates = new Certificates(sum(all, "yiwang_certificates_issued_total", s -> true),
                sum(all, "yiwang_certificates_verifications_total", s -> true));
        return certificates.issued() == null && certificates.verifications() == null ? null : certificates;
    }

    /** Sum of the matching samples, or null when the metric is not reported at all. */
    static Double sum(ServiceReading reading, String name, Predicate<MetricSample> filter) {
        double total = 0;
        boolean found = false;
        for (MetricSample s : reading.samples()) {
            if (s.name().equals(name) && filter.test(s) && Double.isFinite(s.value())) {
                total += s.value();
                found = true;
            }
        }
        return found ? total : null;
    }

    /** Ratios are per instance; several instances of one service are averaged. */
    static Double mean(ServiceReading reading, String name) {
        return reading.samples().stream().filter(s -> s.name().equals(name) && Double.isFinite(s.value()))
                .mapToDouble(MetricSample::value).average().stream().boxed().findFirst().orElse(null);
    }

    static Double max(ServiceReading reading, String name) {
        return reading.samples().stream().filter(s -> s.name().equals(name) && Double.isFinite(s.value()) && s.value() >= 0)
                .mapToDouble(MetricSample::value).max().stream().boxed().findFirst().orElse(null);
    }

    /** A counter's increase; a smaller value means the service restarted, so its whole value is the increase. */
    static Double increase(ServiceReading previous, ServiceReading current, String name, Predicate<MetricSample> filter) {
        Double now = sum(current, name, filter);
        if (now == null) {
            return null;
        }
        Double before = sum(previous, name, filter);
        return before == null || now < before ? now : now - before;
    }

    private static Map<Double, Double> bucketIncrease(ServiceReading previous, ServiceReading current,
                                                      Predicate<MetricSample> filter) {
        Map<Double, Double> now = buckets(current, filter);
        Map<Double, Double> before = buckets(previous, filter);
        Map<Double, Double> increase = new TreeMap<>();
        boolean restarted = now.entrySet().stream().anyMatch(e -> e.getValue() < before.getOrDefault(e.getKey(), 0.0));
        now.forEach((le, count) -> increase.put(le, restarted ? count : count - before.getOrDefault(le, 0.0)));
        return increase;
    }

    private static Map<Double, Double> buckets(ServiceReading reading, Predicate<MetricSample> filter) {
        Map<Double, Double> buckets = new TreeMap<>();
        reading.samples().stream().filter(s -> s.name().equals("http_server_requests_seconds_bucket") && filter.test(s))
                .forEach(s -> {
                    String le = s.label("le");
                    double bound = "+Inf".equals(le) ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                    buckets.merge(bound, s.value(), Double::sum);
                });
        return buckets;
    }
}
