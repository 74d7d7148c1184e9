package cn.yiwang.gateway.opsconsole;

import cn.yiwang.gateway.opsconsole.OpsFigures.HistoryPoint;
import cn.yiwang.gateway.opsconsole.OpsFigures.ServiceHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads every service's {@code /actuator/prometheus} (and the gateway's own) at a fixed pace on
 * one background thread, never on the request path: the page only ever gets the last figures.
 * A service that does not answer in time is shown as down, and its rates restart when it returns.
 */
public class MetricsCollector implements ApplicationListener<WebServerInitializedEvent>, DisposableBean {

    static final String GATEWAY = "gateway";
    private static final Logger log = LoggerFactory.getLogger(MetricsCollector.class);

    private final OpsConsoleProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final AtomicReference<OpsFigures> figures = new AtomicReference<>(OpsFigures.empty());
    private final Map<String, ServiceReading> previous = new HashMap<>();
    private final Deque<HistoryPoint> history = new ArrayDeque<>();
    private ScheduledExecutorService scheduler;
    /** Milliseconds between two targets' reads within a round. */
    private volatile long step;
    private volatile Map<String, URI> targets = Map.of();

    public MetricsCollector(OpsConsoleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.scrapeTimeout()).build();
    }

    public OpsFigures figures() {
        return figures.get();
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // The gateway reads itself over loopback, the same way as the services, so its row is
        // computed like theirs (its circuit breakers are the ones that matter).
        Map<String, URI> all = new LinkedHashMap<>();
        all.put(GATEWAY, URI.create("http://127.0.0.1:" + event.getWebServer().getPort()));
        all.putAll(new java.util.TreeMap<>(properties.services()));
        targets = all;
        synchronized (this) {
            if (scheduler == null) { // once, even if a management server starts too
                scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "ops-console-metrics");
                    thread.setDaemon(true);
                    return thread;
                });
                // A round reads the targets one after another, spread over the interval, and the next
                // round follows one step after the last read: each target is still read once per
                // interval, but never all at once (seven renderings of the metrics at the same moment
                // were a burst of CPU every 5 s that set the platform's 99th percentile in deploy/bench).
                step = properties.scrapeInterval().toMillis() / all.size();
                scheduler.scheduleWithFixedDelay(this::collectSafely, 0, step, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void collectSafely() {
        try {
            collect();
        } catch (RuntimeException e) {
            log.warn("ops console: reading the services' metrics failed", e);
        }
    }

    /**
     * One round: read every target, the i-th {@code i} steps after the first (all at once when no step is set),
     * then compute the figures from this and the last round.
     */
    void collect() {
        Map<String, CompletableFuture<ServiceReading>> pending = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, URI> target : targets.entrySet()) {
            long delay = index++ * step;
            java.util.concurrent.Executor when = delay == 0 ? Runnable::run
                    : CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS);
            pending.put(target.getKey(), CompletableFuture.supplyAsync(() -> target, when)
                    .thenCompose(due -> read(due.getKey(), due.getValue())));
        }
        List<ServiceReading> readings = pending.values().stream().map(CompletableFuture::join).toList();
        List<ServiceHealth> health = new ArrayList<>();
        Map<String, Double> rates = new LinkedHashMap<>();
        for (ServiceReading reading : readings) {
            ServiceHealth row = FigureCalculator.health(previous.get(reading.service()), reading);
            health.add(row);
            if (row.requestsPerSecond() != null) {
                rates.put(row.name(), row.requestsPerSecond());
            }
            previous.put(reading.service(), reading);
        }
        Instant now = clock.instant();
        List<HistoryPoint> points;
        synchronized (history) {
            history.addLast(new HistoryPoint(now, rates));
            while (history.size() > properties.historySize()) {
                history.removeFirst();
            }
            points = List.copyOf(history);
        }
        figures.set(new OpsFigures(now, health, FigureCalculator.business(readings), points));
    }

    private CompletableFuture<ServiceReading> read(String service, URI base) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/actuator/prometheus"))
                .timeout(properties.scrapeTimeout())
                .header("Accept", "text/plain;version=0.0.4")
                .GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> response.statusCode() == 200
                        ? new ServiceReading(service, true, clock.instant(), PrometheusText.parse(response.body()))
                        : ServiceReading.down(service, clock.instant()))
                .exceptionally(failure -> ServiceReading.down(service, clock.instant()));
    }

    @Override
    public void destroy() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
