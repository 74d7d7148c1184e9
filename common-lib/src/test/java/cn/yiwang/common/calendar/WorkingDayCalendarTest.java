package cn.yiwang.common.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();

    @Test
    void twoThousandTwentyFiveHas248WorkingDays() {
        assertThat(workingDaysIn(2025)).isEqualTo(248);
    }

    @Test
    void twoThousandTwentySixHas248WorkingDays() {
        assertThat(workingDaysIn(2026)).isEqualTo(248);
    }

    @Test
    void holidaysAreOffAndMakeUpWeekendsAreWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("a Monday in the Spring Festival").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("a Sunday made up").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("a Saturday made up").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).as("an ordinary Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).as("2025's eighth day of National Day").isFalse();
    }

    @Test
    void twentyWorkingDaysFromSeptemberEighteenthEndOnOctoberTwentySecondAfterNationalDay() {
        // The make-up Sunday 09-20 and Saturday 10-10 count; 09-25…27 and 10-01…07 do not.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 18), 20)).isEqualTo(LocalDate.of(2026, 10, 22));
    }

    @Test
    void theAcceptanceDayItselfDoesNotCount() {
        LocalDate friday = LocalDate.of(2026, 3, 6);
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(calendar.addWorkingDays(friday, 0)).isEqualTo(friday);
    }

    @Test
    void workingDaysBetweenTwoDatesUndoesAddingThem() {
        LocalDate accepted = LocalDate.of(2025, 12, 20);
        LocalDate due = calendar.addWorkingDays(accepted, 30);
        assertThat(calendar.workingDaysBetween(accepted, due)).isEqualTo(30);
        assertThat(calendar.workingDaysBetween(due, accepted)).isEqualTo(-30);
        assertThat(calendar.workingDaysBetween(
                ZonedDateTime.of(2026, 9, 30, 23, 0, 0, 0, WorkingDayCalendar.ZONE).toInstant(),
                ZonedDateTime.of(2026, 10, 8, 1, 0, 0, 0, WorkingDayCalendar.ZONE).toInstant()))
                .as("only 10-08 is a working day after 09-30").isEqualTo(1);
    }

    @Test
    void theDeadlineIsMidnightStartingTheNextBeijingDay() {
        assertThat(WorkingDayCalendar.endOf(LocalDate.of(2026, 10, 22)))
                .isEqualTo(ZonedDateTime.of(2026, 10, 23, 0, 0, 0, 0, WorkingDayCalendar.ZONE).toInstant())
                .hasToString("2026-10-22T16:00:00Z");
    }

    @Test
    void aDateInAYearWithoutDataFailsNamingTheMissingYear() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2030, 5, 6)))
                .isInstanceOf(MissingCalendarYearException.class)
                .hasMessageContaining("2030")
                .hasMessageContaining("yiwang.calendar.location")
                .satisfies(e -> assertThat(((MissingCalendarYearException) e).year()).isEqualTo(2030));
    }

    @Test
    void aLimitRunningIntoAYearWithoutDataFailsInsteadOfGuessing() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 20))
                .isInstanceOf(MissingCalendarYearException.class)
                .hasMessageContaining("2027");
    }

    private int workingDaysIn(int year) {
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            count += calendar.isWorkingDay(day) ? 1 : 0;
        }
        return count;
    }
}
