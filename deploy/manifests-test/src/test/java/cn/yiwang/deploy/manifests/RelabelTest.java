package cn.yiwang.deploy.manifests;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The relabelling the ServiceMonitor test relies on behaves as Prometheus documents it. */
class RelabelTest {

    private static final Map<String, String> TARGET = Map.of(
            "__meta_kubernetes_pod_label_app_kubernetes_io_name", "case-service", "service", "case-service", "job", "case-service");

    @Test
    void aReplaceWithoutSourceLabelsSetsAConstantAndOneWithSourceLabelsCopiesTheirValue() {
        assertThat(Relabel.apply(TARGET, List.of(
                Map.of("targetLabel", "job", "replacement", "yiwang"),
                Map.of("sourceLabels", List.of("__meta_kubernetes_pod_label_app_kubernetes_io_name"), "targetLabel", "application"))))
                .containsEntry("job", "yiwang").containsEntry("application", "case-service");
    }

    @Test
    void aRegexMatchesTheWholeValueAndItsGroupsFillTheReplacement() {
        assertThat(Relabel.apply(TARGET, List.of(
                Map.of("sourceLabels", List.of("service"), "regex", "(.*)-service", "targetLabel", "short", "replacement", "$1"),
                Map.of("sourceLabels", List.of("service"), "regex", "case", "targetLabel", "partial"))))
                .containsEntry("short", "case").doesNotContainKey("partial");
    }

    @Test
    void aReplaceThatYieldsNothingRemovesTheLabelAndLabeldropRemovesEveryMatchingName() {
        assertThat(Relabel.apply(TARGET, List.of(
                Map.of("sourceLabels", List.of("missing"), "targetLabel", "job"),
                Map.of("action", "labeldrop", "regex", "serv.*"))))
                .containsOnlyKeys("__meta_kubernetes_pod_label_app_kubernetes_io_name");
    }

    @Test
    void anActionItDoesNotModelIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> Relabel.apply(TARGET, List.of(Map.of("action", "hashmod", "targetLabel", "x", "modulus", 2))))
                .hasMessageContaining("hashmod");
    }
}
