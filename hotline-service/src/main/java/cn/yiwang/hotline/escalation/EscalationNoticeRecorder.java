package cn.yiwang.hotline.escalation;

import cn.yiwang.hotline.ticket.messaging.TicketEventsV1.TicketSupervised;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Files every {@code ticket.supervised} in the inbox of whom its level presses, in the transaction
 * that supervised the ticket: a notice exists exactly when the escalation does. The event's id is
 * the notice's id, so hearing the event twice files it once.
 */
@Component
class EscalationNoticeRecorder {

    private final JdbcTemplate jdbc;

    EscalationNoticeRecorder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TicketSupervised supervised) {
        if (supervised.escalationStep() == null) {
            return;
        }
        jdbc.update("""
                insert into escalation_notice (id, ticket_id, level, step, notify_org_code, notify_region_code, reason, note,
                                               due_at, raised_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""",
                supervised.eventId().toString(), supervised.ticketId(), supervised.level(), supervised.escalationStep(),
                supervised.notifyOrgCode(), supervised.notifyRegionCode(),
                supervised.reason() == null ? "SUPERVISOR" : supervised.reason(), supervised.note(),
                supervised.dueAt() == null ? null : Timestamp.from(supervised.dueAt()),
                Timestamp.from(supervised.occurredAt()));
    }
}
