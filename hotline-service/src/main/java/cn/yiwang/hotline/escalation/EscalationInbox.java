package cn.yiwang.hotline.escalation;

import cn.yiwang.common.calendar.MissingCalendarYearException;
import cn.yiwang.common.calendar.WorkingDayCalendar;
import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.hotline.support.Messages;
import cn.yiwang.hotline.ticket.TicketCommands;
import cn.yiwang.hotline.ticket.domain.EscalationChain;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The inboxes of escalation notices. A supervisor's inbox holds the notices addressed to the
 * supervisors of exactly their region (the level the ticket escalated to: county, city or
 * province); a department administrator's holds the 督办 notices addressed to their organisation.
 * Each notice is acknowledged once, by one of its addressees; the acknowledgement also goes into the
 * ticket's timeline.
 */
@Service
public class EscalationInbox {

    private static final String COLUMNS = """
            select n.id, n.ticket_id, n.level, n.step, n.notify_org_code, n.notify_region_code, n.reason, n.note, n.due_at,
                   n.raised_at, n.acknowledged_by, n.acknowledged_org, n.acknowledged_at, t.number, t.status, t.category_code,
                   t.region_code, t.lead_org_code, t.lead_org_name, t.replied_at, t.closed_at
            from escalation_notice n join ticket t on t.id = n.ticket_id""";

    private final JdbcTemplate jdbc;
    private final TicketCommands tickets;
    private final WorkingDayCalendar calendar;
    private final Messages messages;
    private final Clock clock;

    public EscalationInbox(JdbcTemplate jdbc, TicketCommands tickets, WorkingDayCalendar calendar, Messages messages,
                           Clock clock) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** The actor's notices, newest first; {@code acknowledged} filters by state when given. */
    @Transactional(readOnly = true)
    public Page<EscalationNoticeView> inbox(Actor actor, Boolean acknowledged, int page, int size) {
        Scope scope = scope(actor);
        StringBuilder where = new StringBuilder(" where (" + scope.sql() + ")");
        List<Object> args = new ArrayList<>(scope.args());
        if (acknowledged != null) {
            where.append(acknowledged ? " and n.acknowledged_at is not null" : " and n.acknowledged_at is null");
        }
        Long total = jdbc.queryForObject("select count(*) from escalation_notice n" + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        Locale locale = Messages.currentLocale();
        Instant now = clock.instant();
        List<EscalationNoticeView> items = jdbc.query(COLUMNS + where + " order by n.raised_at desc, n.id limit ? offset ?",
                (rs, n) -> view(rs, locale, now), args.toArray());
        return new Page<>(items, page, size, total == null ? 0 : total);
    }

    /**
     * Acknowledges a notice of the actor's inbox: 404 for a notice that is not theirs (whether or not
     * it exists), 409 once it has been acknowledged (by them or a colleague).
     */
    @Transactional
    public EscalationNoticeView acknowledge(Actor actor, String noticeId) {
        Scope scope = scope(actor);
        List<Object> args = new ArrayList<>();
        args.add(noticeId);
        args.addAll(scope.args());
        Locale locale = Messages.currentLocale();
        Instant now = clock.instant();
        EscalationNoticeView notice = jdbc.query(COLUMNS + " where n.id = ? and (" + scope.sql() + ")",
                        (rs, n) -> view(rs, locale, now), args.toArray()).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("escalation notice", noticeId));
        int updated = jdbc.update("""
                update escalation_notice set acknowledged_by = ?, acknowledged_org = ?, acknowledged_at = ?
                where id = ? and acknowledged_at is null""", actor.subject(), actor.orgCode(), Timestamp.from(now), noticeId);
        if (updated == 0) {
            EscalationNoticeView.Acknowledgement earlier = reload(noticeId, locale, now).acknowledgement();
            throw ProblemException.conflict("hotline.escalation.already-acknowledged", notice.ticketNumber(),
                    earlier == null ? "?" : earlier.by(), earlier == null ? "?" : earlier.at());
        }
        tickets.acknowledgeEscalation(actor, notice.ticketId(), notice.level(),
                EscalationChain.Step.valueOf(notice.step()),
                notice.notifyOrgCode() != null && "DEPARTMENT".equals(notice.step()) ? notice.notifyOrgCode()
                        : notice.notifyRegionCode());
        return reload(noticeId, locale, now);
    }

    private EscalationNoticeView reload(String noticeId, Locale locale, Instant now) {
        return jdbc.query(COLUMNS + " where n.id = ?", (rs, n) -> view(rs, locale, now), noticeId).get(0);
    }

    private record Scope(String sql, List<Object> args) {
    }

    /**
     * Whose notices the actor reads: supervisors those of their own region's level, department
     * administrators those of their organisation. Anyone else has no inbox (403).
     */
    private static Scope scope(Actor actor) {
        List<String> sql = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        Optional<String> region = level(actor.regionCode());
        if (actor.hasRole(Roles.SUPERVISOR) && region.isPresent()) {
            sql.add("(n.step <> 'DEPARTMENT' and n.notify_region_code = ?)");
            args.add(region.get());
        }
        if (actor.hasRole(Roles.DEPT_ADMIN) && actor.orgCode() != null && !actor.orgCode().isBlank()) {
            sql.add("(n.step = 'DEPARTMENT' and n.notify_org_code = ?)");
            args.add(actor.orgCode());
        }
        if (sql.isEmpty()) {
            throw ProblemException.forbidden("hotline.escalation.no-inbox");
        }
        return new Scope(String.join(" or ", sql), args);
    }

    /**
     * The six-digit code of the county, city or province a supervisor's token names (610300 or
     * 610300000000 → 610300); escalations never address towns or villages.
     */
    static Optional<String> level(String regionCode) {
        if (regionCode == null || !RegionCode.isValid(regionCode)) {
            return Optional.empty();
        }
        if (regionCode.length() == 6) {
            return Optional.of(regionCode);
        }
        return regionCode.endsWith("000000") ? Optional.of(regionCode.substring(0, 6)) : Optional.empty();
    }

    private EscalationNoticeView view(ResultSet rs, Locale locale, Instant now) throws SQLException {
        Instant dueAt = instant(rs.getTimestamp("due_at"));
        Instant repliedAt = instant(rs.getTimestamp("replied_at"));
        Instant closedAt = instant(rs.getTimestamp("closed_at"));
        Instant until = repliedAt != null ? repliedAt : closedAt != null ? closedAt : now;
        String reason = rs.getString("reason");
        Instant acknowledgedAt = instant(rs.getTimestamp("acknowledged_at"));
        return new EscalationNoticeView(rs.getString("id"), rs.getString("ticket_id"), rs.getString("number"),
                rs.getString("status"), rs.getString("category_code"), rs.getString("region_code"),
                rs.getString("lead_org_code"), rs.getString("lead_org_name"), rs.getInt("level"), rs.getString("step"),
                rs.getString("notify_region_code"), rs.getString("notify_org_code"), reason,
                messages.text(locale, "hotline.escalation.reason." + reason), rs.getString("note"), dueAt,
                overdueWorkingDays(dueAt, until), instant(rs.getTimestamp("raised_at")),
                acknowledgedAt == null ? null : new EscalationNoticeView.Acknowledgement(rs.getString("acknowledged_by"),
                        rs.getString("acknowledged_org"), acknowledgedAt));
    }

    /**
     * Working days after the due day up to {@code until} (the due instant is the exclusive end of the
     * due day, 00:00 Beijing of the next day): 0 while not overdue.
     */
    Integer overdueWorkingDays(Instant dueAt, Instant until) {
        if (dueAt == null || until.isBefore(dueAt)) {
            return 0;
        }
        try {
            return Math.max(0, calendar.workingDaysBetween(WorkingDayCalendar.dateOf(dueAt.minusNanos(1)),
                    WorkingDayCalendar.dateOf(until)));
        } catch (MissingCalendarYearException e) {
            return null;
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
