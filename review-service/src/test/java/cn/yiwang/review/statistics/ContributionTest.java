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

    @Test
    void aServiceInvitedOnOneChannelAndRatedOnAnotherMovesToTheRatingsChannel() {
        ServiceFacts invitedAtTheWindow = new ServiceFacts(SERVED, "610326", "org-1", List.of("staff-7"),
                List.of("item-1"), null, null, InvitedChannel.of("WINDOW"), false, false, false, false, false, false, false);
        ServiceFacts ratedByQrCode = new ServiceFacts(SERVED, "610326", "org-1", List.of("staff-7"), List.of("item-1"),
                "SATISFIED", "QR_CODE", InvitedChannel.of("WINDOW"), false, true, false, false, false, false, false);

        Map<CounterKey, Long> delta = Contribution.delta(invitedAtTheWindow, ratedByQrCode);

        assertThat(delta).containsEntry(new CounterKey(Dimension.CHANNEL, "HALL_DEVICE", "2026-05", Metric.CONCLUDED), -1L)
                .containsEntry(new CounterKey(Dimension.CHANNEL, "QR_CODE", "2026-05", Metric.CONCLUDED), 1L)
                .containsEntry(new CounterKey(Dimension.CHANNEL, "QR_CODE", "2026-05", Metric.RATED), 1L);
    }

    @Test
    void theChannelsOfBothProducersMapOntoTheSevenEvaluationChannels() {
        assertThat(InvitedChannel.of("2")).isEqualTo("MOBILE");
        assertThat(InvitedChannel.of("WEB")).isEqualTo("PC");
        assertThat(InvitedChannel.of("window")).isEqualTo("HALL_DEVICE");
        assertThat(InvitedChannel.of("KIOSK")).isEqualTo("HALL_TERMINAL");
        assertThat(InvitedChannel.of("POLICE_110")).isEqualTo("PHONE");
        assertThat(InvitedChannel.of("EMAIL")).isEqualTo(InvitedChannel.UNMAPPED);
        assertThat(InvitedChannel.of(null)).isEqualTo(InvitedChannel.UNMAPPED);
    }

    @Test
    void coverageCountsEachItemOrganisationAndChannelOfARegionOnceServedAndOnceRated() {
        Map<CounterKey, Long> counters = new java.util.HashMap<>();
        for (ServiceFacts facts : List.of(rated("SATISFIED", false, false, false), unrated(),
                new ServiceFacts(SERVED, "610326", "org-2", List.of("staff-8"), List.of("item-2"), null, null, "PC",
                        false, false, false, false, false, false, false))) {
            Contribution.of(facts).forEach((key, value) -> counters.merge(key, value, Long::sum));
        }

        Map<CounterKey, Long> coverage = Contribution.coverageOf(counters);

        assertThat(coverage).containsEntry(new CounterKey(Dimension.REGION, "610300", "2026-05", Metric.ITEMS_SERVED), 2L)
                .containsEntry(new CounterKey(Dimension.REGION, "610300", "2026-05", Metric.ITEMS_RATED), 1L)
                .containsEntry(new CounterKey(Dimension.REGION, "610326", "2026-05-12", Metric.ORGANISATIONS_SERVED), 2L)
                .containsEntry(new CounterKey(Dimension.REGION, "610326", "2026-05-12", Metric.ORGANISATIONS_RATED), 1L)
                .containsEntry(new CounterKey(Dimension.REGION, "610000", "2026-05", Metric.CHANNELS_SERVED), 2L)
                .containsEntry(new CounterKey(Dimension.REGION, "610000", "2026-05", Metric.CHANNELS_RATED), 1L);
        Figures region = Figures.of(Dimension.REGION, "610300", "2026-05", Map.of(Metric.ITEMS_SERVED, 2L,
                Metric.ITEMS_RATED, 1L));
        assertThat(region.coverage().items().rate()).isEqualByComparingTo("50.0");
        assertThat(region.coverage().channels().rate()).isNull();
    }

    private static ServiceFacts unrated() {
        return new ServiceFacts(SERVED, "610326", "org-1", List.of("staff-7"), List.of("item-1"), null, null, "MOBILE",
                false, false, false, false, false, false, false);
    }

    private static ServiceFacts rated(String level, boolean workOrder, boolean rectified, boolean returnVisited) {
        boolean negative = level.contains("DISSATISFIED");
        return new ServiceFacts(SERVED, "610326", "org-1", List.of("staff-7"), List.of("item-1"), level, "MOBILE",
                "MOBILE", negative, true, workOrder, rectified, rectified, rectified, returnVisited);
    }
}
