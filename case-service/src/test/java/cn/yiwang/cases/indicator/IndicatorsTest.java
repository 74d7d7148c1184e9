package cn.yiwang.cases.indicator;

import cn.yiwang.cases.casefile.CaseQueries.CaseFacts;
import cn.yiwang.cases.clock.CaseClock;
import cn.yiwang.cases.clock.ColourPolicy;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static cn.yiwang.common.calendar.WorkingDayCalendar.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

class IndicatorsTest {

    private static final CaseClock CLOCK = CaseClock.onShippedCalendar(ColourPolicy.DEFAULT);

    @Test
    void onTimeRateOverdueCountOnlineShareAndHandlingDaysAreCountedOnTheOfficialCalendar() {
        List<CaseFacts> facts = List.of(
                // online, delivered electronically, concluded after 3 working days, on time
                new CaseFacts("PC", at("2026-03-02T10:00"), at("2026-03-05T10:00"), at("2026-03-17T00:00"), "DELIVERED", "ELECTRONIC"),
                // at the window, concluded after 5 working days across a weekend, late
                new CaseFacts("WINDOW", at("2026-03-02T10:00"), at("2026-03-09T10:00"), at("2026-03-06T00:00"), "CONCLUDED", null),
                // online, still running past its deadline
                new CaseFacts("MOBILE", at("2026-03-02T10:00"), null, at("2026-03-10T00:00"), "UNDER_REVIEW", null),
                // submitted, not accepted yet
                new CaseFacts("KIOSK", null, null, null, "SUBMITTED", null));

        Indicators indicators = Indicators.of(facts, CLOCK, at("2026-03-12T09:00"));

        assertThat(indicators.cases()).isEqualTo(4);
        assertThat(indicators.concluded()).isEqualTo(2);
        assertThat(indicators.onTimeRate()).isEqualTo(0.5);
        assertThat(indicators.overdue()).isEqualTo(2);
        assertThat(indicators.onlineShare()).isEqualTo(0.5);
        assertThat(indicators.fullyOnlineShare()).isEqualTo(0.25);
        assertThat(indicators.averageHandlingWorkingDays()).isEqualTo(4.0);
    }

    @Test
    void withoutCasesThereAreNoRatesRatherThanMisleadingZeros() {
        Indicators indicators = Indicators.of(List.of(), CLOCK, at("2026-03-12T09:00"));

        assertThat(indicators.onTimeRate()).isNull();
        assertThat(indicators.onlineShare()).isNull();
        assertThat(indicators.averageHandlingWorkingDays()).isNull();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }
}
