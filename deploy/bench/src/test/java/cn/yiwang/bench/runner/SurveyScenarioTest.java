package cn.yiwang.bench.runner;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyScenarioTest {

    private static final YearMonth PERIOD = YearMonth.of(2026, 9);

    @Test
    void fourteenRecordsInARowCoverEveryMethodSoEverySpeciesCanBeGraded() {
        Set<String> methods = new HashSet<>();
        for (int i = 0; i < 14; i++) {
            methods.add((String) SurveyScenario.record(i, PERIOD).get("method"));
        }

        assertThat(methods).hasSize(14).contains("RAT_INDOOR_SIGNS", "MOSQUITO_LARGE_WATER_DIPPER", "FLY_INDOOR_ROOMS",
                "COCKROACH_ROOM_INSPECTION");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRecordIsObservedWithinTheSurveyPeriodAndNoPartExceedsItsWhole() {
        for (int i = 0; i < 10_000; i++) {
            Map<String, Object> record = SurveyScenario.record(i, PERIOD);
            LocalDate day = LocalDate.parse((String) record.get("observedOn"));
            assertThat(YearMonth.from(day)).isEqualTo(PERIOD);
            Map<String, Object> measures = (Map<String, Object>) record.get("measures");
            if (measures.containsKey("ROOMS_CHECKED") && measures.containsKey("POSITIVE_ROOMS")) {
                assertThat((Integer) measures.get("POSITIVE_ROOMS")).isLessThanOrEqualTo((Integer) measures.get("ROOMS_CHECKED"));
            }
            if (measures.containsKey("DIPS")) {
                assertThat((Integer) measures.get("POSITIVE_DIPS")).isLessThanOrEqualTo((Integer) measures.get("DIPS"));
            }
            if (measures.containsKey("FACILITIES_CHECKED")) {
                measures.forEach((name, value) -> assertThat((Integer) value)
                        .isLessThanOrEqualTo((Integer) measures.get("FACILITIES_CHECKED")));
            }
        }
    }
}
