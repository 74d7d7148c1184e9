package cn.yiwang.vectorcontrol.monitoring.domain;

import cn.yiwang.vectorcontrol.monitoring.ThresholdTableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static cn.yiwang.vectorcontrol.monitoring.domain.Measure.*;
import static cn.yiwang.vectorcontrol.monitoring.domain.Method.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Control levels under the 2011 table of DOMAIN.md (appendix), with worked examples per indicator. */
class ControlLevelGradingTest {

    private static final ThresholdTable TABLE_2011 = ThresholdTableReader.readResource("monitoring/thresholds/2011.json");

    private static SurveyEvaluation evaluate(ARecord... records) {
        return DensityEvaluator.evaluate(TABLE_2011, java.util.Arrays.stream(records).map(ARecord::build).toList());
    }

    @ParameterizedTest(name = "{1} of 100 rooms with rat signs is level {2}")
    @CsvSource({"100, 1, A", "100, 3, B", "100, 5, C", "100, 6, BELOW_STANDARD", "1000, 11, B"})
    void indoorRatSignsAreGradedAtOneThreeAndFivePercent(int rooms, int positive, ControlLevel expected) {
        SurveyEvaluation evaluation = evaluate(ARecord.of(RAT_INDOOR_SIGNS).with(ROOMS_CHECKED, rooms).with(POSITIVE_ROOMS, positive));
        assertThat(evaluation.of(Species.RAT).indicator("INDOOR_RAT_SIGNS").level()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} signs over {0} km is level {2}")
    @CsvSource({"10, 10, A", "10, 30, B", "10, 50, C", "10, 51, BELOW_STANDARD"})
    void theOutdoorRatPathIndexIsGradedAtOneThreeAndFiveSignsPerKilometre(int km, int signs, ControlLevel expected) {
        SurveyEvaluation evaluation = evaluate(ARecord.of(RAT_OUTDOOR_PATH).with(KM_WALKED, km).with(SIGNS_FOUND, signs));
        assertThat(evaluation.of(Species.RAT).indicator("OUTDOOR_RAT_PATH").level()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} landings in {0} person-half-hours is level {2}")
    @CsvSource({"10, 5, A", "10, 10, B", "10, 15, C", "10, 16, BELOW_STANDARD"})
    void humanLandingIsGradedAtHalfOneAndOneAndAHalf(int personHalfHours, int landed, ControlLevel expected) {
        SurveyEvaluation evaluation = evaluate(ARecord.of(MOSQUITO_HUMAN_LANDING).with(PERSON_HALF_HOURS, personHalfHours)
                .with(MOSQUITOES_LANDED, landed));
        assertThat(evaluation.of(Species.MOSQUITO).indicator("HUMAN_LANDING").level()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} positive water bodies over 10 km is level {1}")
    @CsvSource({"1, A", "5, B", "8, C", "9, BELOW_STANDARD"})
    void smallWaterBodiesAreGradedByPositiveSitesPerKilometre(int positive, ControlLevel expected) {
        SurveyEvaluation evaluation = evaluate(ARecord.of(MOSQUITO_SMALL_WATER_BODIES).with(KM_WALKED, 10)
                .with(WATER_BODIES_CHECKED, 60).with(POSITIVE_WATER_BODIES, positive));
        assertThat(evaluation.of(Species.MOSQUITO).indicator("SMALL_WATER_BODIES").level()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} larvae in 2 positive dips is level {1}")
    @CsvSource({"5, A", "6, B", "9, B", "10, C", "15, C", "16, BELOW_STANDARD"})
    void larvaePerPositiveDipMustStayStrictlyUnderTheThreshold(int larvae, ControlLevel expected) {
        // 2 of 200 dips positive (1 %, level A) so that only the larvae condition decides.
        SurveyEvaluation evaluation = evaluate(ARecord.of(MOSQUITO_LARGE_WATER_DIPPER).with(DIPS, 200).with(POSITIVE_DIPS, 2)
                .with(LARVAE_AND_PUPAE, larvae));
        assertThat(evaluation.of(Species.MOSQUITO).indicator("LARGE_MEDIUM_WATER_BODIES").level()).isEqualTo(expected);
    }

    @Test
    void anIndicatorWithTwoConditionsMustMeetBoth() {
        // 2 of 100 rooms have flies (2 %, level A) but 10 flies in them is 5 per positive room, over the 3 of every level.
        SurveyEvaluation evaluation = evaluate(ARecord.of(FLY_INDOOR_ROOMS).with(ROOMS_CHECKED, 100).with(POSITIVE_ROOMS, 2)
                .with(FLIES_SEEN, 10));
        SurveyEvaluation.IndicatorResult indoor = evaluation.of(Species.FLY).indicator("INDOOR_FLIES");
        assertThat(indoor.condition(Index.FLY_ROOM_POSITIVE_RATE).level()).isEqualTo(ControlLevel.A);
        assertThat(indoor.condition(Index.FLIES_PER_POSITIVE_ROOM).level()).isEqualTo(ControlLevel.BELOW_STANDARD);
        assertThat(indoor.level()).isEqualTo(ControlLevel.BELOW_STANDARD);
    }

    @Test
    void premisesSellingReadyToEatFoodMustHaveNoFliesAtAnyLevel() {
        // 1 of 200 rooms with one fly would be level A — but that room sells ready-to-eat food.
        SurveyEvaluation evaluation = evaluate(ARecord.of(FLY_INDOOR_ROOMS).with(ROOMS_CHECKED, 200).with(POSITIVE_ROOMS, 1)
                .with(FLIES_SEEN, 1).with(READY_TO_EAT_ROOMS_WITH_FLIES, 1));
        SurveyEvaluation.IndicatorResult indoor = evaluation.of(Species.FLY).indicator("INDOOR_FLIES");
        assertThat(indoor.condition(Index.FLY_ROOM_POSITIVE_RATE).level()).isEqualTo(ControlLevel.A);
        assertThat(indoor.level()).isEqualTo(ControlLevel.BELOW_STANDARD);
    }

    @Test
    void withoutFliesInReadyToEatPremisesTheSameRoomsReachLevelA() {
        SurveyEvaluation evaluation = evaluate(ARecord.of(FLY_INDOOR_ROOMS).with(ROOMS_CHECKED, 200).with(POSITIVE_ROOMS, 1)
                .with(FLIES_SEEN, 1));
        assertThat(evaluation.of(Species.FLY).indicator("INDOOR_FLIES").level()).isEqualTo(ControlLevel.A);
    }

    @ParameterizedTest(name = "{0} of 100 fly-proof facilities compliant is level {1}")
    @CsvSource({"98, A", "97, B", "95, B", "90, C", "89, BELOW_STANDARD"})
    void flyProofComplianceMustReachItsThresholdRatherThanStayUnderIt(int compliant, ControlLevel expected) {
        SurveyEvaluation evaluation = evaluate(ARecord.of(FLY_PROOF_FACILITIES).with(FACILITIES_CHECKED, 100)
                .with(COMPLIANT_FACILITIES, compliant));
        assertThat(evaluation.of(Species.FLY).indicator("FLY_PROOF_FACILITIES").level()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "cockroaches in {0}, egg cases in {1}, traces in {2} of 100 rooms: {3}")
    @CsvSource({"1, 1, 3, A", "3, 1, 3, B", "1, 2, 3, B", "1, 1, 7, C", "1, 4, 3, BELOW_STANDARD"})
    void aCockroachSurveyIsAsGoodAsItsWorstSubIndicator(int adults, int eggCases, int traces, ControlLevel expected) {
        SurveyEvaluation evaluation = evaluate(ARecord.of(COCKROACH_ROOM_INSPECTION).with(ROOMS_CHECKED, 100)
                .with(ROOMS_WITH_ADULTS_OR_NYMPHS, adults).with(ROOMS_WITH_EGG_CASES, eggCases).with(ROOMS_WITH_TRACES, traces));
        assertThat(evaluation.of(Species.COCKROACH).level()).isEqualTo(expected);
        assertThat(evaluation.of(Species.COCKROACH).complete()).isTrue();
    }

    @Test
    void aRatSurveyWithOneBadSubIndicatorIsBelowStandardHoweverGoodTheOthers() {
        SurveyEvaluation evaluation = evaluate(
                ARecord.of(RAT_INDOOR_SIGNS).with(ROOMS_CHECKED, 100).with(POSITIVE_ROOMS, 0),
                ARecord.of(RAT_OUTDOOR_PATH).with(KM_WALKED, 10).with(SIGNS_FOUND, 2),
                ARecord.of(RAT_PROOF_FACILITIES).with(FACILITIES_CHECKED, 100).with(NON_COMPLIANT_FACILITIES, 8));
        assertThat(evaluation.of(Species.RAT).level()).isEqualTo(ControlLevel.BELOW_STANDARD);
        assertThat(evaluation.belowStandard()).extracting(SurveyEvaluation.SpeciesResult::species).containsExactly(Species.RAT);
    }

    @Test
    void aSpeciesGradedOnPartOfItsIndicatorsSaysSo() {
        SurveyEvaluation evaluation = evaluate(ARecord.of(RAT_INDOOR_SIGNS).with(ROOMS_CHECKED, 100).with(POSITIVE_ROOMS, 1));
        SurveyEvaluation.SpeciesResult rats = evaluation.of(Species.RAT);
        assertThat(rats.level()).isEqualTo(ControlLevel.A);
        assertThat(rats.complete()).isFalse();
        assertThat(rats.indicator("OUTDOOR_RAT_PATH").assessed()).isFalse();
    }

    @Test
    void aSpeciesWithoutRecordsHasNoLevel() {
        SurveyEvaluation evaluation = evaluate(ARecord.of(RAT_INDOOR_SIGNS).with(ROOMS_CHECKED, 100).with(POSITIVE_ROOMS, 1));
        assertThat(evaluation.of(Species.MOSQUITO).level()).isNull();
        assertThat(evaluation.belowStandard()).isEmpty();
    }

    @Test
    void ungradedIndicesAloneGiveTheSpeciesNoLevel() {
        // The trap-night capture rate is a density index, not one of the graded sub-indicators.
        SurveyEvaluation evaluation = evaluate(ARecord.of(RAT_TRAP_NIGHT).with(EFFECTIVE_TRAPS, 100).with(RATS_CAUGHT, 30));
        assertThat(evaluation.of(Species.RAT).level()).isNull();
    }

    @Test
    void gradingUsesTheUnroundedValueSoRoundingNeverLiftsALevel() {
        // 5.001 % shows as 5.00 but misses the C threshold of 5 %.
        SurveyEvaluation evaluation = evaluate(ARecord.of(RAT_INDOOR_SIGNS).with(ROOMS_CHECKED, 99_980).with(POSITIVE_ROOMS, 5_000));
        SurveyEvaluation.ConditionResult condition = evaluation.of(Species.RAT).indicator("INDOOR_RAT_SIGNS")
                .condition(Index.INDOOR_RAT_SIGN_RATE);
        assertThat(condition.value()).isEqualByComparingTo("5.00");
        assertThat(condition.level()).isEqualTo(ControlLevel.BELOW_STANDARD);
    }

    @Test
    void everyResultNamesTheTableVersionAndTheConfidenceOfTheDecidingThreshold() {
        SurveyEvaluation evaluation = evaluate(ARecord.of(FLY_INDOOR_ROOMS).with(ROOMS_CHECKED, 100).with(POSITIVE_ROOMS, 5)
                .with(FLIES_SEEN, 5));
        assertThat(evaluation.tableVersion()).isEqualTo("2011");
        SurveyEvaluation.ConditionResult rate = evaluation.of(Species.FLY).indicator("INDOOR_FLIES")
                .condition(Index.FLY_ROOM_POSITIVE_RATE);
        // 5 % is level B, whose 6 % threshold has one source only.
        assertThat(rate.level()).isEqualTo(ControlLevel.B);
        assertThat(rate.confidence()).isEqualTo(Confidence.WEAK);
    }

    @Test
    void belowStandardIsDecidedByTheCThresholdAndCarriesItsConfidence() {
        SurveyEvaluation evaluation = evaluate(ARecord.of(FLY_INDOOR_ROOMS).with(ROOMS_CHECKED, 100).with(POSITIVE_ROOMS, 10)
                .with(FLIES_SEEN, 10));
        SurveyEvaluation.ConditionResult rate = evaluation.of(Species.FLY).indicator("INDOOR_FLIES")
                .condition(Index.FLY_ROOM_POSITIVE_RATE);
        assertThat(rate.level()).isEqualTo(ControlLevel.BELOW_STANDARD);
        assertThat(rate.confidence()).isEqualTo(Confidence.SOLID);
    }

    @Test
    void aNewerTableVersionGradesTheSameRecordsByItsOwnThresholds() {
        ThresholdTable stricter = new ThresholdTable("2025-draft", "a revised GB/T 27772", List.of(new Indicator("INDOOR_FLIES",
                Species.FLY, List.of(condition(Index.FLY_ROOM_POSITIVE_RATE, "1", "2", "4")))));
        List<MonitoringRecord> records = List.of(ARecord.of(FLY_INDOOR_ROOMS).with(ROOMS_CHECKED, 100).with(POSITIVE_ROOMS, 5)
                .with(FLIES_SEEN, 5).build());

        SurveyEvaluation under2011 = DensityEvaluator.evaluate(TABLE_2011, records);
        SurveyEvaluation underDraft = DensityEvaluator.evaluate(stricter, records);

        assertThat(under2011.of(Species.FLY).indicator("INDOOR_FLIES").level()).isEqualTo(ControlLevel.B);
        assertThat(underDraft.of(Species.FLY).indicator("INDOOR_FLIES").level()).isEqualTo(ControlLevel.BELOW_STANDARD);
        assertThat(underDraft.tableVersion()).isEqualTo("2025-draft");
    }

    @Test
    void theShippedTableGradesEveryIndicatorOfTheAppendix() {
        assertThat(TABLE_2011.indicators()).extracting(Indicator::code).containsExactlyInAnyOrder(
                "INDOOR_RAT_SIGNS", "OUTDOOR_RAT_PATH", "RAT_PROOF_FACILITIES",
                "SMALL_WATER_BODIES", "LARGE_MEDIUM_WATER_BODIES", "HUMAN_LANDING",
                "INDOOR_FLIES", "OUTDOOR_FLY_BREEDING", "FLY_PROOF_FACILITIES",
                "COCKROACH_INFESTATION", "COCKROACH_EGG_CASES", "COCKROACH_TRACES");
    }

    @Test
    void aCitySurveyIsEvaluatedInOnePassOverItsRecords() {
        // Not a timing test (that is deploy/bench's): 10,000 records give the same pooled result as their sums.
        List<MonitoringRecord> records = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            records.add(ARecord.of(RAT_INDOOR_SIGNS).with(ROOMS_CHECKED, 10).with(POSITIVE_ROOMS, i % 50 == 0 ? 1 : 0).build());
        }
        SurveyEvaluation evaluation = DensityEvaluator.evaluate(TABLE_2011, records);
        assertThat(evaluation.records()).isEqualTo(10_000);
        // 200 positive of 100,000 rooms = 0.2 %
        assertThat(evaluation.of(Species.RAT).indicator("INDOOR_RAT_SIGNS").condition(Index.INDOOR_RAT_SIGN_RATE).value())
                .isEqualByComparingTo("0.20");
    }

    private static Condition condition(Index index, String a, String b, String c) {
        Map<ControlLevel, BigDecimal> thresholds = new EnumMap<>(ControlLevel.class);
        thresholds.put(ControlLevel.A, new BigDecimal(a));
        thresholds.put(ControlLevel.B, new BigDecimal(b));
        thresholds.put(ControlLevel.C, new BigDecimal(c));
        Map<ControlLevel, Confidence> confidence = new EnumMap<>(ControlLevel.class);
        for (ControlLevel level : List.of(ControlLevel.A, ControlLevel.B, ControlLevel.C)) {
            confidence.put(level, Confidence.SOLID);
        }
        return new Condition(index, Comparison.AT_MOST, thresholds, confidence, null);
    }
}
