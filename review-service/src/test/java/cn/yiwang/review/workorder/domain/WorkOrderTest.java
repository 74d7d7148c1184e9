package cn.yiwang.review.workorder.domain;

import cn.yiwang.common.calendar.TimeLimitClock;
import cn.yiwang.common.calendar.WorkingDayCalendar;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.review.evaluation.domain.Level;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkOrderTest {

    private static final RectificationDeadlines DEFAULTS =
            new RectificationDeadlines(new TimeLimitClock(WorkingDayCalendar.shipped()), 1, 15);
    /** Wednesday 30 September 2026, the day before the National Day holiday (10-01 … 10-07, make-up day 10-10). */
    private static final Instant BEFORE_NATIONAL_DAY = beijing("2026-09-30T10:00");

    @Test
    void deadlinesRunInWorkingDaysAcrossTheNationalDayHoliday() {
        WorkOrder order = negativeRealName(BEFORE_NATIONAL_DAY);

        // 1 working day: 10-01…10-07 are off, so the return visit is due by the end of Thursday 10-08.
        assertThat(order.verificationDueAt()).isEqualTo(beijing("2026-10-09T00:00"));
        // 15 working days: 10-08, 10-09, Saturday 10-10 (make-up day), 10-12 … 10-16, 10-19 … 10-23, 10-26, 10-27.
        assertThat(order.rectificationDueAt()).isEqualTo(beijing("2026-10-28T00:00"));
    }

    @Test
    void theLoopRunsVerifyRectifyReplyReturnVisitAndCloses() {
        WorkOrder order = negativeRealName(BEFORE_NATIONAL_DAY);

        order.verify("核实：当日窗口排队超过两小时", "officer-1", beijing("2026-10-08T09:00"));
        order.rectify("增开两个综合窗口，推行预约办理", "officer-1", beijing("2026-10-15T09:00"));
        order.reply("已增开窗口并推行预约，感谢监督", "officer-1", beijing("2026-10-16T09:00"), DEFAULTS);

        assertThat(order.status()).isEqualTo(WorkOrderStatus.AWAITING_RETURN_VISIT);
        assertThat(order.returnVisitDueAt()).isEqualTo(beijing("2026-10-20T00:00"));
        assertThat(order.answeredOnTime()).isTrue();

        order.recordReturnVisit(Level.SATISFIED, "群众表示满意", "officer-2", beijing("2026-10-19T10:00"));

        assertThat(order.status()).isEqualTo(WorkOrderStatus.CLOSED);
        assertThat(order.returnVisitSatisfaction()).isEqualTo(Level.SATISFIED);
    }

    @Test
    void stepsCannotBeSkipped() {
        WorkOrder order = negativeRealName(BEFORE_NATIONAL_DAY);

        assertThatThrownBy(() -> order.reply("已处理", "officer-1", beijing("2026-10-08T09:00"), DEFAULTS))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> order.recordReturnVisit(Level.SATISFIED, null, "officer-1", beijing("2026-10-08T09:00")))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void anAnonymousNegativeClosesWithTheReplyBecauseNobodyCanBeVisitedBack() {
        WorkOrder order = WorkOrder.openFor(UUID.randomUUID(), UUID.randomUUID(), "org", "610326",
                Level.DISSATISFIED, false, DEFAULTS, BEFORE_NATIONAL_DAY);
        order.verify("属实", "o", beijing("2026-10-08T09:00"));
        order.rectify("整改", "o", beijing("2026-10-08T10:00"));
        order.reply("答复", "o", beijing("2026-10-08T11:00"), DEFAULTS);

        assertThat(order.status()).isEqualTo(WorkOrderStatus.CLOSED);
    }

    @Test
    void anOverdueStepIsEscalatedOnceAndALaterOverdueStepAgain() {
        WorkOrder order = negativeRealName(BEFORE_NATIONAL_DAY);

        assertThat(order.escalateIfOverdue(beijing("2026-10-08T23:59"))).as("still on time on 10-08").isFalse();
        assertThat(order.escalateIfOverdue(beijing("2026-10-09T00:00"))).isTrue();
        assertThat(order.escalateIfOverdue(beijing("2026-10-09T08:00"))).as("once per step").isFalse();

        order.verify("属实", "o", beijing("2026-10-09T09:00"));
        assertThat(order.escalateIfOverdue(beijing("2026-10-27T12:00"))).isFalse();
        assertThat(order.escalateIfOverdue(beijing("2026-10-28T00:00"))).isTrue();
        assertThat(order.escalations()).isEqualTo(2);
        assertThat(order.escalatedStep()).isEqualTo(WorkOrderStatus.AWAITING_RECTIFICATION);
    }

    @Test
    void aReplyAfterTheRectificationDeadlineIsNotOnTime() {
        WorkOrder order = negativeRealName(BEFORE_NATIONAL_DAY);
        order.verify("属实", "o", beijing("2026-10-08T09:00"));
        order.rectify("整改", "o", beijing("2026-10-27T09:00"));
        order.reply("答复", "o", beijing("2026-10-28T09:00"), DEFAULTS);

        assertThat(order.answeredOnTime()).isFalse();
    }

    @Test
    void configuredDeadlinesReplaceTheDefaults() {
        RectificationDeadlines stricter = new RectificationDeadlines(new TimeLimitClock(WorkingDayCalendar.shipped()), 1, 5);
        WorkOrder order = WorkOrder.openFor(UUID.randomUUID(), UUID.randomUUID(), "org", "610326",
                Level.VERY_DISSATISFIED, true, stricter, BEFORE_NATIONAL_DAY);

        // 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13.
        assertThat(order.rectificationDueAt()).isEqualTo(beijing("2026-10-14T00:00"));
    }

    @Test
    void aWithdrawnOrderIsNoLongerOverdue() {
        WorkOrder order = negativeRealName(BEFORE_NATIONAL_DAY);
        order.withdraw(beijing("2026-10-08T09:00"));

        assertThat(order.status()).isEqualTo(WorkOrderStatus.WITHDRAWN);
        assertThat(order.escalateIfOverdue(beijing("2026-12-01T00:00"))).isFalse();
    }

    @Test
    void aPositiveRatingOpensNoWorkOrder() {
        assertThatThrownBy(() -> WorkOrder.openFor(UUID.randomUUID(), UUID.randomUUID(), "org", "610326",
                Level.BASICALLY_SATISFIED, true, DEFAULTS, BEFORE_NATIONAL_DAY)).isInstanceOf(IllegalArgumentException.class);
    }

    private static WorkOrder negativeRealName(Instant openedAt) {
        return WorkOrder.openFor(UUID.randomUUID(), UUID.randomUUID(), "11610326MB1234567X", "610326",
                Level.VERY_DISSATISFIED, true, DEFAULTS, openedAt);
    }

    private static Instant beijing(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }
}
