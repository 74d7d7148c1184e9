package cn.yiwang.cases.it;

import cn.yiwang.cases.casefile.CaseScans;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What operations dashboards read at /actuator/prometheus moves with the cases. */
class BusinessMetricsIT extends CaseServiceITSupport {

    @Autowired
    CaseScans scans;

    @Test
    void applicationsConclusionsAndOverdueCasesShowInThePrometheusScrape() throws Exception {
        itemsArePublished();
        clockAt("2026-03-02T09:00");
        String clerk = Tokens.forRoles("window-clerk").subject("clerk-li").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
        String approver = Tokens.forRoles("approver").subject("approver-wang").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
        String applicantId = citizenId(431);
        String citizen = Tokens.forRoles("citizen").subject("citizen-metrics").idHash(personalData.hash(applicantId)).bearer();
        String before = scrape();

        Reply online = post("", citizen, application(applicantId, "MOBILE"), Map.of("Idempotency-Key", "metrics-" + UUID.randomUUID()));
        Reply atWindow = post("", clerk, application(citizenId(432), null), Map.of("Idempotency-Key", "metrics-" + UUID.randomUUID()));
        assertThat(online.status()).as(online.raw()).isEqualTo(201);
        assertThat(atWindow.status()).as(atWindow.raw()).isEqualTo(201);
        String onTime = online.body().get("id").asText();
        String late = atWindow.body().get("id").asText();
        assertThat(post("/" + onTime + "/acceptance", clerk, null).status()).isEqualTo(200);
        assertThat(post("/" + late + "/acceptance", clerk, null).status()).isEqualTo(200);
        clockAt("2026-03-05T09:00");
        assertThat(post("/" + onTime + "/conclusion", approver, Map.of("outcome", "APPROVED", "result", "准予许可")).status())
                .isEqualTo(200);

        String afterSubmission = scrape();
        assertThat(value(afterSubmission, "yiwang_cases_submitted_total", "channel=\"mobile\""))
                .isEqualTo(value(before, "yiwang_cases_submitted_total", "channel=\"mobile\"") + 1);
        assertThat(value(afterSubmission, "yiwang_cases_submitted_total", "channel=\"window\""))
                .isEqualTo(value(before, "yiwang_cases_submitted_total", "channel=\"window\"") + 1);
        assertThat(value(afterSubmission, "yiwang_cases_concluded_total", "on_time=\"true\""))
                .isEqualTo(value(before, "yiwang_cases_concluded_total", "on_time=\"true\"") + 1);

        clockAt("2026-03-30T09:00");
        scans.scanDeadlines();
        double overdueWithLateCase = value(scrape(), "yiwang_cases_overdue", "service=\"case-service\"");
        assertThat(overdueWithLateCase).isGreaterThanOrEqualTo(1);

        assertThat(post("/" + late + "/conclusion", approver, Map.of("outcome", "DENIED", "result", "不予许可")).status())
                .isEqualTo(200);
        scans.scanDeadlines();
        String afterLate = scrape();
        assertThat(value(afterLate, "yiwang_cases_concluded_total", "on_time=\"false\""))
                .isEqualTo(value(before, "yiwang_cases_concluded_total", "on_time=\"false\"") + 1);
        assertThat(value(afterLate, "yiwang_cases_overdue", "service=\"case-service\"")).isEqualTo(overdueWithLateCase - 1);
    }

    private static Map<String, Object> application(String idNumber, String channel) {
        Map<String, Object> application = new java.util.HashMap<>(Map.of("itemCode", FOOD_LICENCE, "applicantType", "PERSON",
                "applicantName", "王五", "applicantIdNumber", idNumber,
                "materials", List.of(
                        Map.of("code", "M01", "provision", "UPLOAD", "reference", "doc-1"),
                        Map.of("code", "M02", "provision", "UPLOAD", "reference", "doc-2"),
                        Map.of("code", "M03", "provision", "UPLOAD", "reference", "doc-3"),
                        Map.of("code", "M04", "provision", "UPLOAD", "reference", "doc-4"))));
        if (channel != null) {
            application.put("channel", channel);
        }
        return application;
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The sample of a metric whose labels contain {@code label}; 0 when the series is not there yet. */
    private static double value(String scrape, String metric, String label) {
        return scrape.lines().filter(line -> line.startsWith(metric + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }
}
