package cn.yiwang.gateway.opsconsole;

import java.time.Instant;
import java.util.List;

/** What one service's Prometheus endpoint said at one moment; {@code up} is false when it did not answer. */
public record ServiceReading(String service, boolean up, Instant at, List<MetricSample> samples) {

    public ServiceReading {
        samples = List.copyOf(samples);
    }

    public static ServiceReading down(String service, Instant at) {
        return new ServiceReading(service, false, at, List.of());
    }
}
