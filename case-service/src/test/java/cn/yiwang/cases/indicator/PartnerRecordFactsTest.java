package cn.yiwang.cases.indicator;

import cn.yiwang.cases.clock.CaseClock;
import cn.yiwang.cases.clock.ColourPolicy;
import cn.yiwang.cases.item.PublishedItem;
import cn.yiwang.cases.partner.PartnerCaseFacts;
import cn.yiwang.common.calendar.Pause;
import cn.yiwang.common.calendar.TimeLimit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static cn.yiwang.common.calendar.WorkingDayCalendar.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

class PartnerRecordFactsTest {

    private static final CaseClock CLOCK = CaseClock.onShippedCalendar(ColourPolicy.DEFAULT);
    private static final String CODE = "11610326MB2857143R4610300999000";
    /** Promised in 5 working days. */
    private static final PublishedItem ITEM = new PublishedItem(CODE, "汇聚测试事项", 1, "610326", "11610326MB2857143R",
            TimeLimit.workingDays(20), TimeLimit.workingDays(5), false, false, null, List.of());
    private static final Instant NOW = at("2026-03-27T10:00");

    @Test
    void aRecordConcludedWithinThePromisedWorkingDaysIsOnTimeWithItsHandlingDays() {
        Indicators.Fact fact = PartnerRecordFacts.of(record("PC", at("2026-03-09T10:00"), at("2026-03-16T16:00"), List.of(),
                "CONCLUDED"), ITEM, CLOCK, NOW);

        assertThat(fact.concluded()).isTrue();
        assertThat(fact.late()).as("promised by the end of Monday 16 March").isFalse();
        assertThat(fact.handlingWorkingDays()).isEqualTo(5);
        assertThat(fact.online()).isTrue();
        assertThat(fact.fullyOnline()).as("a record cannot say how the result was delivered").isNull();
    }

    @Test
    void aSpecialProcedureMovesThePromisedDateAsForACaseHandledHere() {
        Instant accepted = at("2026-03-09T10:00");
        Instant concluded = at("2026-03-19T10:00");

        Indicators.Fact withoutPause = PartnerRecordFacts.of(record("WINDOW", accepted, concluded, List.of(), "CONCLUDED"),
                ITEM, CLOCK, NOW);
        Indicators.Fact withPause = PartnerRecordFacts.of(record("WINDOW", accepted, concluded,
                List.of(new Pause(at("2026-03-10T10:00"), at("2026-03-16T10:00"))), "CONCLUDED"), ITEM, CLOCK, NOW);

        assertThat(withoutPause.late()).isTrue();
        assertThat(withPause.late()).isFalse();
        assertThat(withPause.fullyOnline()).as("submitted at the window: certainly not fully online").isFalse();
    }

    @Test
    void withoutAKnownItemOrAnAcceptanceARecordHasNoDeadlineAndStaysOutOfTheOnTimeRate() {
        Indicators.Fact unknownItem = PartnerRecordFacts.of(record("PC", at("2026-03-09T10:00"), at("2026-03-20T10:00"),
                List.of(), "CONCLUDED"), null, CLOCK, NOW);
        Indicators.Fact notAccepted = PartnerRecordFacts.of(record(null, null, null, List.of(), "NOT_ACCEPTED"), ITEM, CLOCK, NOW);

        assertThat(unknownItem.late()).isNull();
        assertThat(unknownItem.handlingWorkingDays()).as("handling days need no deadline").isEqualTo(9);
        assertThat(notAccepted.concluded()).isFalse();
        assertThat(notAccepted.overdueOpen()).isFalse();
        assertThat(notAccepted.online()).as("no channel reported").isNull();
    }

    @Test
    void aRecordStillUnderReviewPastItsPromisedDateIsOverdueButNotWhileASpecialProcedureStopsTheClock() {
        Indicators.Fact running = PartnerRecordFacts.of(record("MOBILE", at("2026-03-09T10:00"), null, List.of(),
                "UNDER_REVIEW"), ITEM, CLOCK, NOW);
        Indicators.Fact paused = PartnerRecordFacts.of(record("MOBILE", at("2026-03-09T10:00"), null,
                List.of(Pause.open(at("2026-03-10T10:00"))), "SPECIAL_PROCEDURE"), ITEM, CLOCK, NOW);

        assertThat(running.overdueOpen()).isTrue();
        assertThat(paused.overdueOpen()).isFalse();
    }

    @Test
    void recordsLackingAFactAreLeftOutOfThatIndicatorOnlyWhenCombinedWithOwnCases() {
        Indicators.Fact ownOnline = new Indicators.Fact(true, true, true, false, 3, false);
        Indicators.Fact partnerWithoutChannel = new Indicators.Fact(null, null, true, null, null, false);

        Indicators indicators = Indicators.of(List.of(ownOnline), List.of(partnerWithoutChannel));

        assertThat(indicators.cases()).isEqualTo(2);
        assertThat(indicators.concluded()).isEqualTo(2);
        assertThat(indicators.onlineShare()).isEqualTo(1.0);
        assertThat(indicators.fullyOnlineShare()).isEqualTo(1.0);
        assertThat(indicators.onTimeRate()).isEqualTo(1.0);
        assertThat(indicators.averageHandlingWorkingDays()).isEqualTo(3.0);
        assertThat(indicators.own().cases()).isEqualTo(1);
        assertThat(indicators.partner().cases()).isEqualTo(1);
        assertThat(indicators.partner().onlineShare()).isNull();
    }

    private static PartnerCaseFacts record(String channel, Instant accepted, Instant concluded, List<Pause> pauses, String status) {
        Instant submitted = accepted == null ? at("2026-03-09T09:00") : accepted.minusSeconds(3600);
        return new PartnerCaseFacts(CODE, channel, submitted, accepted, concluded, pauses, status);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }
}
