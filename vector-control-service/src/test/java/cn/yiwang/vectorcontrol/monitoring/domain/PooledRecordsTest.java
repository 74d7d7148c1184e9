package cn.yiwang.vectorcontrol.monitoring.domain;

import cn.yiwang.vectorcontrol.monitoring.ThresholdTableReader;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static cn.yiwang.vectorcontrol.monitoring.domain.Measure.FLIES_SEEN;
import static cn.yiwang.vectorcontrol.monitoring.domain.Measure.KM_WALKED;
import static cn.yiwang.vectorcontrol.monitoring.domain.Measure.POSITIVE_ROOMS;
import static cn.yiwang.vectorcontrol.monitoring.domain.Measure.ROOMS_CHECKED;
import static cn.yiwang.vectorcontrol.monitoring.domain.Measure.SIGNS_FOUND;
import static cn.yiwang.vectorcontrol.monitoring.domain.Method.FLY_INDOOR_ROOMS;
import static cn.yiwang.vectorcontrol.monitoring.domain.Method.RAT_INDOOR_SIGNS;
import static cn.yiwang.vectorcontrol.monitoring.domain.Method.RAT_OUTDOOR_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/** Grading needs only the records' sums per method, however they were summed. */
class PooledRecordsTest {

    private static final ThresholdTable TABLE_2011 = ThresholdTableReader.readResource("monitoring/thresholds/2011.json");

    private final List<MonitoringRecord> records = List.of(
            ARecord.of(RAT_INDOOR_SIGNS).with(ROOMS_CHECKED, 100).with(POSITIVE_ROOMS, 1).build(),
            ARecord.of(RAT_INDOOR_SIGNS).with(ROOMS_CHECKED, 100).with(POSITIVE_ROOMS, 5).build(),
            ARecord.of(RAT_OUTDOOR_PATH).with(KM_WALKED, "1.5").with(SIGNS_FOUND, 2).build(),
            ARecord.of(FLY_INDOOR_ROOMS).with(ROOMS_CHECKED, 50).with(POSITIVE_ROOMS, 2).with(FLIES_SEEN, 4).build());

    @Test
    void poolingSumsEachMeasurePerMethodAndCountsTheRecords() {
        PooledRecords pooled = PooledRecords.of(records);

        assertThat(pooled.count()).isEqualTo(4);
        assertThat(pooled.of(RAT_INDOOR_SIGNS)).containsEntry(ROOMS_CHECKED, new BigDecimal("200"))
                .containsEntry(POSITIVE_ROOMS, new BigDecimal("6"));
        assertThat(pooled.of(RAT_OUTDOOR_PATH)).containsEntry(KM_WALKED, new BigDecimal("1.5"));
        assertThat(pooled.of(Method.MOSQUITO_BRETEAU)).isNull();
    }

    @Test
    void sumsFromTheDatabaseWithAnotherScaleGradeExactlyAsTheRecordsDo() {
        // What PostgreSQL's sum(numeric) returns: the same numbers, written with other scales.
        Map<Method, Map<Measure, BigDecimal>> summed = new EnumMap<>(Method.class);
        summed.put(RAT_INDOOR_SIGNS, Map.of(ROOMS_CHECKED, new BigDecimal("200.0"), POSITIVE_ROOMS, new BigDecimal("6.00")));
        summed.put(RAT_OUTDOOR_PATH, Map.of(KM_WALKED, new BigDecimal("1.50"), SIGNS_FOUND, new BigDecimal("2")));
        summed.put(FLY_INDOOR_ROOMS, Map.of(ROOMS_CHECKED, new BigDecimal("50"), POSITIVE_ROOMS, new BigDecimal("2"),
                FLIES_SEEN, new BigDecimal("4"), Measure.READY_TO_EAT_ROOMS_WITH_FLIES, new BigDecimal("0")));

        SurveyEvaluation fromSums = DensityEvaluator.evaluate(TABLE_2011, new PooledRecords(summed, 4));
        SurveyEvaluation fromRecords = DensityEvaluator.evaluate(TABLE_2011, records);

        assertThat(fromSums).isEqualTo(fromRecords);
        // Rats: 6 of 200 rooms (3 %) and 2 signs over 1.5 km (1.33/km) are both B.
        assertThat(fromSums.species().get(0).level()).isEqualTo(ControlLevel.B);
    }
}
