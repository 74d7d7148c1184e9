package cn.yiwang.hotline.escalation;

import cn.yiwang.common.calendar.WorkingDayCalendar;
import cn.yiwang.hotline.support.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationInboxTest {

    private final EscalationInbox inbox = new EscalationInbox(null, null, WorkingDayCalendar.shipped(), null, null);
    /** Due at the end of Wednesday 23 September 2026. */
    private final Instant due = MutableClock.beijing("2026-09-24T00:00");

    @Test
    void overdueWorkingDaysSkipTheMidAutumnHolidayAndTheWeekend() {
        assertThat(inbox.overdueWorkingDays(due, MutableClock.beijing("2026-09-23T18:00"))).as("not yet due").isZero();
        assertThat(inbox.overdueWorkingDays(due, MutableClock.beijing("2026-09-24T08:00"))).isEqualTo(1);
        assertThat(inbox.overdueWorkingDays(due, MutableClock.beijing("2026-09-27T08:00"))).as("25–27 off").isEqualTo(1);
        assertThat(inbox.overdueWorkingDays(due, MutableClock.beijing("2026-09-29T08:00"))).isEqualTo(3);
    }

    @Test
    void aSupervisorsInboxIsTheirCountyCityOrProvinceNeverATown() {
        assertThat(EscalationInbox.level("610300")).hasValue("610300");
        assertThat(EscalationInbox.level("610300000000")).hasValue("610300");
        assertThat(EscalationInbox.level("610326001000")).isEmpty();
        assertThat(EscalationInbox.level("abc")).isEmpty();
        assertThat(EscalationInbox.level(null)).isEmpty();
    }
}
