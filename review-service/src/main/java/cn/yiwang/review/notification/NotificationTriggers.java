package cn.yiwang.review.notification;

import cn.yiwang.review.appeal.AppealDecided;
import cn.yiwang.review.evaluation.EvaluationQueries;
import cn.yiwang.review.invitation.InvitationOpened;
import cn.yiwang.review.notification.domain.NotificationKind;
import cn.yiwang.review.notification.domain.Recipient;
import cn.yiwang.review.workorder.RectificationEscalated;
import cn.yiwang.review.workorder.RectificationReplied;
import cn.yiwang.review.workorder.WorkOrderOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Who is told what (issue 6): the person served when they may rate and when their negative rating
 * is answered; the rated organisation when a work order is assigned or overdue and when its appeal
 * is decided; the region's supervisors when an overdue order is escalated to them. Runs in the
 * transaction of the change, so a notification exists exactly when the change does.
 */
@Component
class NotificationTriggers {

    /** Deadlines are shown as the calendar they are counted on: Beijing time. */
    private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Notifications notifications;
    private final EvaluationQueries evaluations;

    NotificationTriggers(Notifications notifications, EvaluationQueries evaluations) {
        this.notifications = notifications;
        this.evaluations = evaluations;
    }

    @EventListener
    void on(InvitationOpened opened) {
        if (opened.evaluatorIdHash() == null) {
            return; // nobody identified to tell: a walk-in is rated on the spot by its code
        }
        notifications.record(Recipient.holder(opened.evaluatorIdHash()), NotificationKind.INVITATION_OPENED,
                "INVITATION", opened.invitationId(), opened.regionCode(), opened.openedAt(), opened.what(), BEIJING.format(opened.expiresAt()));
    }

    @EventListener
    void on(WorkOrderOpened opened) {
        if (opened.orgCode() == null) {
            return;
        }
        notifications.record(Recipient.organisation(opened.orgCode()), NotificationKind.WORK_ORDER_ASSIGNED,
                "WORK_ORDER", opened.workOrderId(), opened.regionCode(), opened.openedAt(), date(opened.verificationDueAt()),
                date(opened.rectificationDueAt()));
    }

    @EventListener
    void on(RectificationEscalated escalated) {
        if (escalated.orgCode() != null) {
            notifications.record(Recipient.organisation(escalated.orgCode()), NotificationKind.WORK_ORDER_OVERDUE,
                    "WORK_ORDER", escalated.workOrderId(), escalated.regionCode(), escalated.occurredAt(), date(escalated.dueAt()));
        }
        notifications.record(Recipient.supervisorsOf(escalated.regionCode()), NotificationKind.WORK_ORDER_ESCALATED,
                "WORK_ORDER", escalated.workOrderId(), escalated.regionCode(), escalated.occurredAt(),
                escalated.orgCode() == null ? "-" : escalated.orgCode(), date(escalated.dueAt()));
    }

    @EventListener
    void on(RectificationReplied replied) {
        // The evaluator is owed the answer even when they rated anonymously: their inbox is theirs alone.
        evaluations.evaluatorOf(replied.evaluationId()).ifPresent(evaluator ->
                notifications.record(Recipient.holder(evaluator), NotificationKind.REPLY_GIVEN, "EVALUATION",
                        replied.evaluationId(), replied.regionCode(), replied.repliedAt()));
    }

    @EventListener
    void on(AppealDecided decided) {
        if (decided.orgCode() == null) {
            return;
        }
        notifications.record(Recipient.organisation(decided.orgCode()),
                decided.upheld() ? NotificationKind.APPEAL_UPHELD : NotificationKind.APPEAL_REJECTED, "APPEAL",
                decided.appealId(), decided.regionCode(), decided.decidedAt(), decided.note() == null ? "" : decided.note());
    }

    private static String date(Instant instant) {
        return instant == null ? "-" : BEIJING.format(instant);
    }
}
