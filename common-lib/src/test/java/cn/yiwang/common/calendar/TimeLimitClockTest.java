package cn.yiwang.common.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeLimitClockTest {

    private final TimeLimitClock clock = new TimeLimitClock(WorkingDayCalendar.shipped());
    private final Instant acceptedFriday = beijing("2026-09-18T10:00");

    @Test
    void twentyWorkingDaysAreDueAtMidnightAfterTheTwentiethWorkingDay() {
        assertThat(clock.dueAt(acceptedFriday, TimeLimit.workingDays(20))).isEqualTo(beijing("2026-10-23T00:00"));
    }

    @Test
    void aSpecialProcedurePushesTheDeadlineByTheWorkingDaysItTook() {
        Pause inspection = new Pause(beijing("2026-09-22T09:00"), beijing("2026-09-24T17:00"));
        assertThat(clock.dueAt(acceptedFriday, TimeLimit.workingDays(20), List.of(inspection)))
                .as("Tue–Thu taken out: three more working days after 10-22")
                .isEqualTo(beijing("2026-10-28T00:00"));
    }

    @Test
    void aHearingOfTwoHoursTakesItsWholeWorkingDayOut() {
        Pause hearing = new Pause(beijing("2026-09-21T14:00"), beijing("2026-09-21T16:00"));
        assertThat(clock.dueAt(acceptedFriday, TimeLimit.workingDays(20), List.of(hearing)))
                .isEqualTo(beijing("2026-10-24T00:00"));
    }

    @Test
    void aRunningProcedureStopsTheClockAndLeavesNoDeadline() {
        Pause expertReview = Pause.open(beijing("2026-09-22T09:00"));
        ClockReading reading = clock.read(acceptedFriday, TimeLimit.workingDays(20), List.of(expertReview),
                beijing("2026-10-09T12:00"));
        assertThat(reading.dueAt()).isEmpty();
        assertThat(reading.paused()).isTrue();
        assertThat(reading.used()).as("09-20 and 09-21 ran before the pause").isEqualTo(2);
        assertThat(reading.remaining()).isEqualTo(18);
        assertThat(reading.overdue()).isFalse();
    }

    @Test
    void usedAndRemainingWorkingDaysAreReadAtAnyInstant() {
        ClockReading reading = clock.read(acceptedFriday, TimeLimit.workingDays(20), List.of(), beijing("2026-10-09T12:00"));
        assertThat(reading.used()).isEqualTo(10);
        assertThat(reading.remaining()).isEqualTo(10);
        assertThat(reading.paused()).isFalse();
        assertThat(reading.dueAt()).contains(beijing("2026-10-23T00:00"));
    }

    @Test
    void aCaseIsOverdueFromMidnightAfterTheDueDay() {
        TimeLimit twenty = TimeLimit.workingDays(20);
        assertThat(clock.read(acceptedFriday, twenty, List.of(), beijing("2026-10-22T23:59")).overdue()).isFalse();
        ClockReading late = clock.read(acceptedFriday, twenty, List.of(), beijing("2026-10-23T00:00"));
        assertThat(late.overdue()).isTrue();
        assertThat(clock.read(acceptedFriday, twenty, List.of(), beijing("2026-10-26T09:00")).remaining()).isEqualTo(-2);
    }

    @Test
    void naturalDaysRunThroughWeekends() {
        assertThat(clock.dueAt(beijing("2026-03-06T10:00"), TimeLimit.naturalDays(3))).isEqualTo(beijing("2026-03-10T00:00"));
    }

    @Test
    void naturalDaysEndingOnAHolidayEndOnTheNextWorkingDay() {
        assertThat(clock.dueAt(beijing("2026-09-26T10:00"), TimeLimit.naturalDays(5)))
                .as("10-01 is National Day: the limit ends with 10-08")
                .isEqualTo(beijing("2026-10-09T00:00"));
    }

    @Test
    void hoursRunAroundTheClockEvenOnHolidays() {
        assertThat(clock.dueAt(beijing("2026-10-01T10:00"), TimeLimit.hours(2))).isEqualTo(beijing("2026-10-01T12:00"));
    }

    @Test
    void aPauseAddsItsExactLengthToAnHourLimit() {
        List<Pause> pauses = List.of(new Pause(beijing("2026-10-01T10:30"), beijing("2026-10-01T11:00")));
        assertThat(clock.dueAt(beijing("2026-10-01T10:00"), TimeLimit.hours(2), pauses)).isEqualTo(beijing("2026-10-01T12:30"));
        ClockReading reading = clock.read(beijing("2026-10-01T10:00"), TimeLimit.hours(2), pauses, beijing("2026-10-01T11:45"));
        assertThat(reading.used()).as("1h45 elapsed, 30 min paused").isEqualTo(1);
        assertThat(reading.remaining()).isEqualTo(1);
    }

    @Test
    void aPauseAfterTheDeadlineDoesNotMoveIt() {
        List<Pause> late = List.of(new Pause(beijing("2026-10-01T13:00"), beijing("2026-10-01T15:00")));
        assertThat(clock.dueAt(beijing("2026-10-01T10:00"), TimeLimit.hours(2), late)).isEqualTo(beijing("2026-10-01T12:00"));
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant();
    }
}
