package cn.yiwang.gateway.opsconsole;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusTextTest {

    @Test
    void readsNamesLabelsAndValuesAndSkipsComments() {
        List<MetricSample> samples = PrometheusText.parse("""
                # HELP yiwang_cases_overdue open cases past their time limit
                # TYPE yiwang_cases_overdue gauge
                yiwang_cases_overdue{region="610326",service="case-service"} 7.0
                http_server_requests_seconds_bucket{le="+Inf",uri="/api/v1/cases"} 12
                process_uptime_seconds 42.5 1700000000000
                """);

        assertThat(samples).hasSize(3);
        assertThat(samples.get(0).name()).isEqualTo("yiwang_cases_overdue");
        assertThat(samples.get(0).label("region")).isEqualTo("610326");
        assertThat(samples.get(0).value()).isEqualTo(7.0);
        assertThat(samples.get(1).label("le")).isEqualTo("+Inf");
        assertThat(samples.get(2).value()).isEqualTo(42.5);
    }

    @Test
    void labelValuesMayContainCommasBracesQuotesAndChinese() {
        MetricSample sample = PrometheusText.parseLine(
                "yiwang_hotline_hotspot_tickets{topic=\"噪音扰民, {夜间} \\\"施工\\\"\",region=\"610300\"} 3");

        assertThat(sample).isNotNull();
        assertThat(sample.label("topic")).isEqualTo("噪音扰民, {夜间} \"施工\"");
        assertThat(sample.label("region")).isEqualTo("610300");
        assertThat(sample.value()).isEqualTo(3.0);
    }

    @Test
    void aMalformedLineIsSkippedNotFatal() {
        assertThat(PrometheusText.parse("broken{le=\"1\" 3\nok 1\nalso_broken{x=\"1\"} notanumber\n"))
                .extracting(MetricSample::name).containsExactly("ok");
    }
}
