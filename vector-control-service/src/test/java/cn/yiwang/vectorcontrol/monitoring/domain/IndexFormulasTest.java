package cn.yiwang.vectorcontrol.monitoring.domain;

import cn.yiwang.vectorcontrol.monitoring.ThresholdTableReader;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static cn.yiwang.vectorcontrol.monitoring.domain.Measure.*;
import static cn.yiwang.vectorcontrol.monitoring.domain.Method.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of every density formula of DOMAIN.md §8 (GB/T 27770–27773). */
class IndexFormulasTest {

    private static final ThresholdTable TABLE = ThresholdTableReader.readResource("monitoring/thresholds/2011.json");

    private static BigDecimal indexOf(Index index, ARecord... records) {
        List<MonitoringRecord> built = java.util.Arrays.stream(records).map(ARecord::build).toList();
        return DensityEvaluator.evaluate(TABLE, built).indices().stream()
                .filter(value -> value.index() == index).findFirst().orElseThrow().value();
    }

    @Test
    void trapNightCaptureRateIsRatsCaughtPerHundredEffectiveTraps() {
        assertThat(indexOf(Index.TRAP_CAPTURE_RATE,
                ARecord.of(RAT_TRAP_NIGHT).with(EFFECTIVE_TRAPS, 200).with(RATS_CAUGHT, 3))).isEqualByComparingTo("1.50");
    }

    @Test
    void powderPatchPositiveRateIsPositivePatchesPerHundredEffectivePatches() {
        assertThat(indexOf(Index.POWDER_PATCH_POSITIVE_RATE,
                ARecord.of(RAT_POWDER_PATCH).with(EFFECTIVE_PATCHES, 150).with(POSITIVE_PATCHES, 3))).isEqualByComparingTo("2.00");
    }

    @Test
    void ratPathIndexIsSignsPerKilometreWalked() {
        assertThat(indexOf(Index.RAT_PATH_INDEX,
                ARecord.of(RAT_OUTDOOR_PATH).with(KM_WALKED, "2.5").with(SIGNS_FOUND, 4))).isEqualByComparingTo("1.60");
    }

    @Test
    void lightTrapDensityIsFemalesPerLampNight() {
        assertThat(indexOf(Index.LIGHT_TRAP_DENSITY,
                ARecord.of(MOSQUITO_LIGHT_TRAP).with(LAMP_NIGHTS, 6).with(FEMALE_MOSQUITOES, 45))).isEqualByComparingTo("7.50");
    }

    @Test
    void breteauIndexIsPositiveContainersPerHundredHouses() {
        assertThat(indexOf(Index.BRETEAU_INDEX,
                ARecord.of(MOSQUITO_BRETEAU).with(HOUSES_CHECKED, 50).with(POSITIVE_CONTAINERS, 4))).isEqualByComparingTo("8.00");
    }

    @Test
    void smallWaterBodiesGiveAPositiveRateAndAPathIndex() {
        ARecord walk = ARecord.of(MOSQUITO_SMALL_WATER_BODIES).with(KM_WALKED, 4).with(WATER_BODIES_CHECKED, 40)
                .with(POSITIVE_WATER_BODIES, 2);
        assertThat(indexOf(Index.SMALL_WATER_BODY_POSITIVE_RATE, walk)).isEqualByComparingTo("5.00");
        assertThat(indexOf(Index.SMALL_WATER_BODY_PATH_INDEX, walk)).isEqualByComparingTo("0.50");
    }

    @Test
    void dipperGivesThePositiveRateAndLarvaePerPositiveDip() {
        ARecord dips = ARecord.of(MOSQUITO_LARGE_WATER_DIPPER).with(DIPS, 100).with(POSITIVE_DIPS, 4).with(LARVAE_AND_PUPAE, 10);
        assertThat(indexOf(Index.DIPPER_POSITIVE_RATE, dips)).isEqualByComparingTo("4.00");
        assertThat(indexOf(Index.LARVAE_PER_POSITIVE_DIP, dips)).isEqualByComparingTo("2.50");
    }

    @Test
    void humanLandingIsMosquitoesPerPersonPerThirtyMinutes() {
        // 3 persons × 2 half-hours = 6 person-half-hours; 4 landings → 0.67
        assertThat(indexOf(Index.HUMAN_LANDING_INDEX,
                ARecord.of(MOSQUITO_HUMAN_LANDING).with(PERSON_HALF_HOURS, 6).with(MOSQUITOES_LANDED, 4))).isEqualByComparingTo("0.67");
    }

    @Test
    void flyCageIndexIsFliesPerCage() {
        assertThat(indexOf(Index.FLY_CAGE_INDEX,
                ARecord.of(FLY_CAGE).with(CAGES, 8).with(FLIES_CAUGHT, 30))).isEqualByComparingTo("3.75");
    }

    @Test
    void indoorFliesGiveTheRoomPositiveRateAndFliesPerPositiveRoom() {
        ARecord rooms = ARecord.of(FLY_INDOOR_ROOMS).with(ROOMS_CHECKED, 120).with(POSITIVE_ROOMS, 6).with(FLIES_SEEN, 9);
        assertThat(indexOf(Index.FLY_ROOM_POSITIVE_RATE, rooms)).isEqualByComparingTo("5.00");
        assertThat(indexOf(Index.FLIES_PER_POSITIVE_ROOM, rooms)).isEqualByComparingTo("1.50");
    }

    @Test
    void stickyTrapsGiveTheDensityAndTheTrapInfestationRate() {
        ARecord traps = ARecord.of(COCKROACH_STICKY_TRAP).with(VALID_TRAPS, 40).with(POSITIVE_TRAPS, 3).with(COCKROACHES_CAUGHT, 14);
        assertThat(indexOf(Index.STICKY_TRAP_DENSITY, traps)).isEqualByComparingTo("0.35");
        assertThat(indexOf(Index.STICKY_TRAP_INFESTATION_RATE, traps)).isEqualByComparingTo("7.50");
    }

    @Test
    void roomInspectionGivesInfestationEggCaseAndTraceDetectionRates() {
        ARecord rooms = ARecord.of(COCKROACH_ROOM_INSPECTION).with(ROOMS_CHECKED, 200).with(ROOMS_WITH_ADULTS_OR_NYMPHS, 5)
                .with(ROOMS_WITH_EGG_CASES, 3).with(ROOMS_WITH_TRACES, 11);
        assertThat(indexOf(Index.COCKROACH_INFESTATION_RATE, rooms)).isEqualByComparingTo("2.50");
        assertThat(indexOf(Index.EGG_CASE_DETECTION_RATE, rooms)).isEqualByComparingTo("1.50");
        assertThat(indexOf(Index.TRACE_DETECTION_RATE, rooms)).isEqualByComparingTo("5.50");
    }

    @Test
    void recordsOfOneMethodArePooledNotAveraged() {
        // 1/10 and 0/90 average to 5 %, but 1 rat in 100 traps is 1 %: every trap counts once.
        assertThat(indexOf(Index.TRAP_CAPTURE_RATE,
                ARecord.of(RAT_TRAP_NIGHT).with(EFFECTIVE_TRAPS, 10).with(RATS_CAUGHT, 1),
                ARecord.of(RAT_TRAP_NIGHT).with(EFFECTIVE_TRAPS, 90).with(RATS_CAUGHT, 0))).isEqualByComparingTo("1.00");
    }

    @Test
    void noPositiveDipsMeansNoLarvaePerPositiveDipRatherThanADivisionByZero() {
        assertThat(indexOf(Index.LARVAE_PER_POSITIVE_DIP,
                ARecord.of(MOSQUITO_LARGE_WATER_DIPPER).with(DIPS, 50).with(POSITIVE_DIPS, 0).with(LARVAE_AND_PUPAE, 0)))
                .isEqualByComparingTo("0");
    }

    @Test
    void anIndexWithoutRecordsOfItsMethodIsNotReported() {
        SurveyEvaluation evaluation = DensityEvaluator.evaluate(TABLE,
                List.of(ARecord.of(FLY_CAGE).with(CAGES, 2).with(FLIES_CAUGHT, 1).build()));
        assertThat(evaluation.indices()).extracting(SurveyEvaluation.IndexValue::index).containsExactly(Index.FLY_CAGE_INDEX);
    }
}
