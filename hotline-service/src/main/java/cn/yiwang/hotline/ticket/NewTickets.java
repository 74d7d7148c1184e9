package cn.yiwang.hotline.ticket;

import cn.yiwang.hotline.ticket.domain.Ticket;
import cn.yiwang.hotline.ticket.domain.TicketStep;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/**
 * Stores a ticket just taken in: the row and its timeline in one statement (one round trip while the
 * intake's transaction holds its connection), written once. Intake is the hot path of a burst (issue 8), and
 * the repository's generic save — which renders and binds its statements anew for every aggregate and sends
 * the row and the timeline separately — took about a quarter of an intake's CPU; every later step
 * still goes through {@link cn.yiwang.hotline.ticket.domain.TicketRepository}, which reads what this writes
 * (version 0, the same columns; {@code NewTicketsIT} compares the two field by field).
 */
@Component
class NewTickets {

    private static final String INSERT_TICKET = """
            with new_ticket as (insert into ticket (id, version, number, channel, type, category_code, region_code, location, latitude, longitude,
                description, urgency, media_url, external_ref, partner_id, caller_id_hash, caller_name_cipher,
                caller_phone_cipher, caller_phone_hash, caller_address_cipher, emergency_line, legal_route, status, answer,
                lead_org_code, lead_org_name, assisting_org_codes, ownership_decided, return_reason, return_count,
                limit_amount, limit_unit, clock_started_at, due_at, extension_requested, extension_reason,
                supervision_level, last_supervised_at, dispatched_at, accepted_at, reply, replied_at, replied_on_time,
                reopen_count, satisfaction, resolved, transferred_to, transfer_reference, merged_into, created_at,
                updated_at, closed_at, joint_police_reference, joint_police_done, escalation_step, escalation_org_code,
                escalation_region_code)
            values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))
            """;

    private static final String INSERT_STEPS = "insert into ticket_step (ticket_id, position, action, at, actor_subject, actor_org, note) values ";
    private static final String STEP_VALUES = "(?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    NewTickets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts a ticket that was never stored, with its whole timeline (a ticket is registered with its first
     * step); in the caller's transaction.
     */
    void insert(Ticket ticket) {
        if (ticket.version() != null) {
            throw new IllegalStateException("ticket " + ticket.id() + " is stored already");
        }
        List<TicketStep> steps = ticket.steps();
        if (steps.isEmpty()) {
            throw new IllegalStateException("ticket " + ticket.id() + " has no timeline");
        }
        // The timeline's foreign key is checked at the end of the statement, when the ticket's row is there.
        String sql = INSERT_TICKET + INSERT_STEPS + String.join(", ", Collections.nCopies(steps.size(), STEP_VALUES));
        jdbc.update(sql, statement -> {
            Binder bind = new Binder(statement);
            bindTicket(bind, ticket);
            for (int position = 0; position < steps.size(); position++) {
                TicketStep step = steps.get(position);
                bind.text(ticket.id()).integer(position).name(step.action()).instant(step.at()).text(step.actorSubject())
                        .text(step.actorOrg()).text(step.note());
            }
        });
    }

    private static void bindTicket(Binder bind, Ticket t) throws SQLException {
        bind.text(t.id()).text(t.number()).name(t.channel()).name(t.type()).text(t.categoryCode()).text(t.regionCode())
                .text(t.location()).decimal(t.latitude()).decimal(t.longitude()).text(t.description()).name(t.urgency())
                .text(t.mediaUrl()).text(t.externalRef()).text(t.partnerId()).text(t.callerIdHash())
                .text(t.callerNameCipher()).text(t.callerPhoneCipher()).text(t.callerPhoneHash())
                .text(t.callerAddressCipher()).name(t.emergencyLine()).name(t.legalRoute()).name(t.status()).text(t.answer())
                .text(t.leadOrgCode()).text(t.leadOrgName())
                .text(t.assistingOrgs().isEmpty() ? null : String.join(",", t.assistingOrgs()))
                .bool(t.ownershipDecided()).text(t.returnReason()).integer(t.returnCount())
                .integer(t.limit() == null ? null : t.limit().amount()).name(t.limit() == null ? null : t.limit().unit())
                .instant(t.clockStartedAt()).instant(t.dueAt()).integer(t.extensionRequested()).text(t.extensionReason())
                .integer(t.supervisionLevel()).instant(t.lastSupervisedAt()).instant(t.dispatchedAt())
                .instant(t.acceptedAt()).text(t.reply()).instant(t.repliedAt()).bool(t.repliedOnTime())
                .integer(t.reopenCount()).name(t.satisfaction()).bool(t.resolved()).name(t.transferredTo())
                .text(t.transferReference()).text(t.mergedInto()).instant(t.createdAt()).instant(t.updatedAt())
                .instant(t.closedAt()).text(t.jointPoliceReference()).bool(t.jointPoliceDone()).name(t.escalationStep())
                .text(t.escalationOrgCode()).text(t.escalationRegionCode());
    }

    /** Binds parameters in order, with their SQL types (no driver round trip to learn the type of a null). */
    private static final class Binder {

        private final PreparedStatement statement;
        private int index;

        Binder(PreparedStatement statement) {
            this.statement = statement;
        }

        Binder text(String value) throws SQLException {
            statement.setString(++index, value);
            return this;
        }

        Binder name(Enum<?> value) throws SQLException {
            return text(value == null ? null : value.name());
        }

        Binder integer(Integer value) throws SQLException {
            statement.setObject(++index, value, Types.INTEGER);
            return this;
        }

        Binder decimal(Double value) throws SQLException {
            statement.setObject(++index, value, Types.DOUBLE);
            return this;
        }

        Binder bool(Boolean value) throws SQLException {
            statement.setObject(++index, value, Types.BOOLEAN);
            return this;
        }

        Binder instant(Instant value) throws SQLException {
            statement.setObject(++index, value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC),
                    Types.TIMESTAMP_WITH_TIMEZONE);
            return this;
        }
    }
}
