package cn.yiwang.cases.clock;

import cn.yiwang.common.calendar.Pause;
import cn.yiwang.common.calendar.TimeLimit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static cn.yiwang.common.calendar.WorkingDayCalendar.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseClockTest {

    private final CaseClock clock = CaseClock.onShippedCalendar(ColourPolicy.DEFAULT);

    @Test
    void bothYearsOfTheShippedCalendarHave248WorkingDays() {
        assertThat(clock.workingDaysBetween(at("2024-12-31T12:00"), at("2025-12-31T12:00"))).isEqualTo(248);
        assertThat(clock.workingDaysBetween(at("2025-12-31T12:00"), at("2026-12-31T12:00"))).isEqualTo(248);
    }

    @Test
    void theLegalLimitOfTwentyWorkingDaysSkipsTheSpringFestival() {
        // Accepted Friday 13 February 2026; 14 and 28 February are make-up working days, 15–23 off.
        Deadlines deadlines = clock.deadlines(at("2026-02-13T10:00"), TimeLimit.workingDays(20), TimeLimit.workingDays(20), 0, List.of());

        assertThat(deadlines.legalDue()).isEqualTo(at("2026-03-20T00:00"));
    }

    @Test
    void anOpenSpecialProcedureStopsEveryDeadline() {
        Deadlines deadlines = clock.deadlines(at("2026-03-02T10:00"), TimeLimit.workingDays(20), TimeLimit.workingDays(10), 0,
                List.of(Pause.open(at("2026-03-03T09:00"))));

        assertThat(deadlines.stopped()).isTrue();
        assertThat(deadlines.colourAt(at("2026-12-01T00:00"))).isEqualTo(DeadlineColour.GREEN);
    }

    @Test
    void theYellowShareIsConfigurable() {
        CaseClock strict = CaseClock.onShippedCalendar(new ColourPolicy(0.5));

        Deadlines deadlines = strict.deadlines(at("2026-03-02T10:00"), TimeLimit.workingDays(20), TimeLimit.workingDays(10), 0, List.of());

        // Half of ten days left from the fifth counted day (Monday 9 March) on.
        assertThat(deadlines.warningAt()).isEqualTo(at("2026-03-09T00:00"));
    }

    @Test
    void aLimitTooShortToBeGreenIsYellowFromTheStart() {
        Deadlines deadlines = clock.deadlines(at("2026-03-02T10:00"), TimeLimit.workingDays(0), TimeLimit.workingDays(0), 0, List.of());

        assertThat(deadlines.colourAt(at("2026-03-02T10:00"))).isEqualTo(DeadlineColour.YELLOW);
        assertThat(deadlines.colourAt(at("2026-03-03T00:00"))).isEqualTo(DeadlineColour.RED);
    }

    @Test
    void aYellowShareOutsideZeroAndOneIsRefused() {
        assertThatThrownBy(() -> new ColourPolicy(1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColourPolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSupplementNoticeIsInTimeForFiveWorkingDaysAfterReceipt() {
        // Received Thursday 30 April 2026: 1–5 May are off, Saturday 9 May is a make-up day.
        assertThat(clock.supplementNoticeInTime(at("2026-04-30T09:00"), at("2026-05-11T17:00"))).isTrue();
        assertThat(clock.supplementNoticeInTime(at("2026-04-30T09:00"), at("2026-05-12T09:00"))).isFalse();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }
}
