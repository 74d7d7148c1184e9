package cn.yiwang.vectorcontrol.monitoring.messaging;

import cn.yiwang.vectorcontrol.monitoring.ThresholdTableReader;
import cn.yiwang.vectorcontrol.monitoring.domain.Measure;
import cn.yiwang.vectorcontrol.monitoring.domain.Method;
import cn.yiwang.vectorcontrol.monitoring.domain.MonitoringRecord;
import cn.yiwang.vectorcontrol.monitoring.domain.Survey;
import cn.yiwang.vectorcontrol.monitoring.domain.SurveyEvaluation;
import cn.yiwang.vectorcontrol.monitoring.domain.ThresholdTable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example JSON of {@code vectorcontrol.alert.v1} that consumers test their readers against is
 * exactly what this service produces for the same survey (ARCHITECTURE.md, Events).
 */
class AlertContractTest {

    private static final ThresholdTable TABLE = ThresholdTableReader.readResource("monitoring/thresholds/2011.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theExampleAlertIsWhatAFlySurveyOfMeiCountyBelowStandardProduces() throws Exception {
        Survey survey = Survey.open("610326", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), "cdc-mei",
                Instant.parse("2026-04-01T00:00:00Z"));
        SurveyEvaluation evaluation = survey.evaluate(TABLE, List.of(MonitoringRecord.of(Method.FLY_INDOOR_ROOMS, Map.of(
                Measure.ROOMS_CHECKED, BigDecimal.valueOf(100), Measure.POSITIVE_ROOMS, BigDecimal.valueOf(12),
                Measure.FLIES_SEEN, BigDecimal.valueOf(20)))), Instant.parse("2026-05-03T02:15:00Z"));

        ControlLevelAlertRaised produced = AlertEvents.of(survey, evaluation,
                UUID.fromString("4f6c1f0e-2b9a-4c51-9d55-3f2a7e0c8a11"), Instant.parse("2026-05-03T02:15:00Z")).orElseThrow();
        ControlLevelAlertRaised named = new ControlLevelAlertRaised(produced.eventId(),
                UUID.fromString("0b8e6a52-7d1c-4f0e-a3c2-5e9d4b1f7a20"), produced.regionCode(), produced.periodStart(),
                produced.periodEnd(), produced.tableVersion(), produced.species(), produced.occurredAt());

        try (InputStream example = getClass().getResourceAsStream("/contracts/events/vectorcontrol.alert.v1.json")) {
            assertThat(JSON.readTree(JSON.writeValueAsString(named))).isEqualTo(JSON.readTree(example));
        }
    }

    @Test
    void theAlertGoesToItsTopicKeyedBySurvey() {
        assertThat(ControlLevelAlertRaised.TOPIC).isEqualTo("vectorcontrol.alert.v1");
        assertThat(ControlLevelAlertRaised.TYPE).isEqualTo("yiwang.alert.raised.v1");
    }
}
