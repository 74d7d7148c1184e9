package cn.yiwang.review.statistics;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionTest {

    private static final LocalDate SERVED = LocalDate.of(2026, 5, 12);

    @Test
    void aConcludedServiceCountsForItsCountyCityAndProvinceByDayAndMonth() {
        Map<CounterKey, Long> counters = Contribution.of(unrated());

        for (String region : List.of("610326", "610300", "610000")) {
            assertThat(counters).containsEntry(new CounterKey(Dimension.REGION, region, "2026-05-12", Metric.CONCLUDED), 1L);
            assertThat(counters).containsEntry(new CounterKey(Dimension.REGION, region, "2026-05", Metric.CONCLUDED), 1L);
        }
        assertThat(counters.keySet()).noneMatch(key -> key.metric().equals(Metric.RATED));
    }

    @Test
    void aRatingAddsRatedItsLevelAndGoodOrNegative() {
        Map<CounterKey, Long> delta = Contribution.delta(unrated(), rated("DISSATISFIED", true, false, false));

        assertThat(delta).containsEntry(new CounterKey(Dimension.ORGANISATION, "org-1", "2026-05", Metric.RATED), 1L)
                .containsEntry(new CounterKey(Dimension.ORGANISATION, "org-1", "2026-05", "level.DISSATISFIED"), 1L)
                .containsEntry(new CounterKey(Dimension.STAFF, "staff-7", "2026-05", Metric.NEGATIVE), 1L)
                .containsEntry(new CounterKey(Dimension.CHANNEL, "MOBILE", "2026-05-12", Metric.NEGATIVE_REAL_NAME), 1L)
                .containsEntry(new CounterKey(Dimension.ITEM, "item-1", "2026-05", Metric.WORK_ORDERS), 1L);
        assertThat(delta.keySet()).noneMatch(key -> key.metric().equals(Metric.CONCLUDED));
    }

    @Test
    void aFollowUpThatChangesTheLevelMovesOneCountBetweenLevels() {
        Map<CounterKey, Long> delta = Contribution.delta(rated("SATISFIED", false, false, false),
                rated("DISSATISFIED", true, false, false));

        assertThat(delta).containsEntry(new CounterKey(Dimension.ORGANISATION, "org-1", "2026-05", "level.SATISFIED"), -1L)
                .containsEntry(new CounterKey(Dimension.ORGANISATION, "org-1", "2026-05", "level.DISSATISFIED"), 1L)
                .containsEntry(new CounterKey(Dimension.ORGANISATION, "org-1", "2026-05", Metric.GOOD), -1L);
        assertThat(delta).doesNotContainKey(new CounterKey(Dimension.ORGANISATION, "org-1", "2026-05", Metric.RATED));
    }

    @Test
    void anExcludedRatingTakesEverythingBackButTheConcludedService() {
        Map<CounterKey, Long> delta = Contribution.delta(rated("VERY_DISSATISFIED", true, true, true), unrated());

        assertThat(delta.values()).allMatch(value -> value == -1L);
        assertThat(delta.keySet()).noneMatch(key -> key.metric().equals(Metric.CONCLUDED));
        assertThat(delta).containsKey(new CounterKey(Dimension.REGION, "610000", "2026-05", Metric.RETURN_VISITED));
    }

    @Test
    void ratesAreShownAsPercentagesAndAreUndefinedWithoutADenominator() {
        Figures figures = Figures.of(Dimension.ORGANISATION, "org-1", "2026-05",
                Map.of(Metric.CONCLUDED, 40L, Metric.RATED, 39L, Metric.GOOD, 38L, Metric.NEGATIVE, 1L));

        assertThat(figures.evaluationRate()).isEqualByComparingTo("97.5");
        assertThat(figures.goodRate()).isEqualByComparingTo("97.4");
        assertThat(figures.rectificationRate()).isNull();
        assertThat(figures.threeHundredPercent().returnVisitRate()).isNull();
    }

    private static ServiceFacts unrated() {
        return new ServiceFacts(SERVED, "610326", "org-1", List.of("staff-7"), List.of("item-1"), null, null, false,
                false, false, false, false, false, false);
    }

    private static ServiceFacts rated(String level, boolean workOrder, boolean rectified, boolean returnVisited) {
        boolean negative = level.contains("DISSATISFIED");
        return new ServiceFacts(SERVED, "610326", "org-1", List.of("staff-7"), List.of("item-1"), level, "MOBILE",
                negative, true, workOrder, rectified, rectified, rectified, returnVisited);
    }
}
