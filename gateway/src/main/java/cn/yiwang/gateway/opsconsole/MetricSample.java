package cn.yiwang.gateway.opsconsole;

import java.util.Map;

/** One line of the Prometheus text exposition format: a metric name, its labels and its value. */
public record MetricSample(String name, Map<String, String> labels, double value) {

    public MetricSample {
        labels = Map.copyOf(labels);
    }

    public String label(String key) {
        return labels.get(key);
    }
}
