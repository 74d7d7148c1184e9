package cn.yiwang.vectorcontrol.monitoring.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static cn.yiwang.vectorcontrol.monitoring.domain.Measure.*;
import static cn.yiwang.vectorcontrol.monitoring.domain.Method.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonitoringRecordTest {

    @Test
    void aRecordWithoutTheEffortOfItsMethodIsRefused() {
        assertThat(MonitoringRecord.check(RAT_TRAP_NIGHT, Map.of(RATS_CAUGHT, BigDecimal.ONE)))
                .containsExactly(new MonitoringRecord.Problem(EFFECTIVE_TRAPS, MonitoringRecord.Problem.MISSING));
    }

    @Test
    void zeroEffortIsRefusedBecauseAnIndexOverNothingMeansNothing() {
        assertThat(MonitoringRecord.check(MOSQUITO_LIGHT_TRAP, Map.of(LAMP_NIGHTS, BigDecimal.ZERO, FEMALE_MOSQUITOES, BigDecimal.ZERO)))
                .containsExactly(new MonitoringRecord.Problem(LAMP_NIGHTS, MonitoringRecord.Problem.EFFORT_NOT_POSITIVE));
    }

    @Test
    void morePositiveRoomsThanRoomsCheckedIsRefused() {
        assertThat(MonitoringRecord.check(FLY_INDOOR_ROOMS, Map.of(ROOMS_CHECKED, BigDecimal.TEN,
                POSITIVE_ROOMS, BigDecimal.valueOf(11), FLIES_SEEN, BigDecimal.valueOf(20))))
                .containsExactly(new MonitoringRecord.Problem(POSITIVE_ROOMS, MonitoringRecord.Problem.EXCEEDS_WHOLE));
    }

    @Test
    void countsMustBeWholeAndNotNegativeWhileKilometresMayBeFractional() {
        assertThat(MonitoringRecord.check(RAT_OUTDOOR_PATH, Map.of(KM_WALKED, new BigDecimal("1.5"), SIGNS_FOUND, new BigDecimal("2.5"))))
                .containsExactly(new MonitoringRecord.Problem(SIGNS_FOUND, MonitoringRecord.Problem.NOT_WHOLE));
        assertThat(MonitoringRecord.check(RAT_OUTDOOR_PATH, Map.of(KM_WALKED, new BigDecimal("1.5"), SIGNS_FOUND, BigDecimal.valueOf(-1))))
                .containsExactly(new MonitoringRecord.Problem(SIGNS_FOUND, MonitoringRecord.Problem.NEGATIVE));
    }

    @Test
    void aMeasureTheMethodDoesNotRecordIsRefusedRatherThanSilentlyIgnored() {
        assertThat(MonitoringRecord.check(FLY_CAGE, Map.of(CAGES, BigDecimal.ONE, FLIES_CAUGHT, BigDecimal.ONE, DIPS, BigDecimal.ONE)))
                .containsExactly(new MonitoringRecord.Problem(DIPS, MonitoringRecord.Problem.NOT_RECORDED_BY_METHOD));
    }

    @Test
    void anOmittedOptionalCountIsZero() {
        MonitoringRecord record = MonitoringRecord.of(FLY_INDOOR_ROOMS, Map.of(ROOMS_CHECKED, BigDecimal.TEN,
                POSITIVE_ROOMS, BigDecimal.ONE, FLIES_SEEN, BigDecimal.ONE));
        assertThat(record.measures()).containsEntry(READY_TO_EAT_ROOMS_WITH_FLIES, BigDecimal.ZERO);
    }

    @Test
    void creatingAnInvalidRecordNamesEveryProblem() {
        assertThatThrownBy(() -> MonitoringRecord.of(COCKROACH_ROOM_INSPECTION, Map.of(ROOMS_CHECKED, BigDecimal.ONE,
                ROOMS_WITH_ADULTS_OR_NYMPHS, BigDecimal.TEN)))
                .isInstanceOfSatisfying(MonitoringRecord.InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(MonitoringRecord.Problem::measure)
                        .containsExactlyInAnyOrder(ROOMS_WITH_EGG_CASES, ROOMS_WITH_TRACES, ROOMS_WITH_ADULTS_OR_NYMPHS));
    }
}
