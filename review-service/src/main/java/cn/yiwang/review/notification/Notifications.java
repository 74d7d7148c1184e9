package cn.yiwang.review.notification;

import cn.yiwang.common.problem.ProblemMessages;
import cn.yiwang.common.security.Actor;
import cn.yiwang.review.notification.domain.NotificationKind;
import cn.yiwang.review.notification.domain.Recipient;
import cn.yiwang.review.support.Access;
import cn.yiwang.review.support.PageOf;
import cn.yiwang.review.support.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Records notifications in the recipients' inboxes (in the transaction of the change they tell
 * about) and reads an inbox. Read state is per reader: one organisation's inbox is shared by its
 * staff, and each of them marks what they have read.
 */
@Service
public class Notifications {

    private static final String INSERT = """
            INSERT INTO notification (id, recipient_type, recipient_key, kind, subject_type, subject_id, args, created_at)
            VALUES (:id, :type, :key, :kind, :subjectType, :subjectId, :args, :createdAt)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    Notifications(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Puts a notification in {@code recipient}'s inbox and publishes it for delivery.
     *
     * @param at   when the change it tells about happened
     * @param args the arguments of the message text, already formatted (dates in Beijing time)
     */
    @Transactional
    public UUID record(Recipient recipient, NotificationKind kind, String subjectType, UUID subjectId,
                       String regionCode, Instant at, String... args) {
        UUID id = UUID.randomUUID();
        Instant now = at == null ? clock.instant() : at;
        jdbc.getJdbcTemplate().execute((java.sql.Connection connection) -> {
            Array array = connection.createArrayOf("text", args);
            jdbc.update(INSERT, new MapSqlParameterSource("id", id).addValue("type", recipient.type().name())
                    .addValue("key", recipient.key()).addValue("kind", kind.name()).addValue("subjectType", subjectType)
                    .addValue("subjectId", subjectId).addValue("args", array).addValue("createdAt", Timestamp.from(now)));
            return null;
        });
        events.publishEvent(new NotificationRecorded(UUID.randomUUID(), id, recipient.type().name(), recipient.key(),
                kind.name(), subjectType, subjectId, regionCode, now));
        return id;
    }

    /** The caller's inbox, newest first, optionally only what they have not read; texts in {@code locale}. */
    @Transactional(readOnly = true)
    public PageOf<NotificationView> inbox(Actor actor, boolean unreadOnly, int page, int size, String acceptLanguage) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("reader", actor.subject());
        String inbox = inboxOf(actor, parameters);
        int limit = PageOf.size(size);
        if (inbox == null) {
            return new PageOf<>(List.of(), page, limit, 0);
        }
        String where = inbox + (unreadOnly ? " AND r.read_at IS NULL" : "");
        parameters.addValue("limit", limit).addValue("offset", PageOf.offset(page, size));
        Locale locale = ProblemMessages.resolveLocale(acceptLanguage);
        List<NotificationView> items = jdbc.query(SELECT + where + " ORDER BY n.created_at DESC, n.id LIMIT :limit OFFSET :offset",
                parameters, (rs, row) -> view(rs, locale));
        Long total = jdbc.queryForObject("SELECT count(*) FROM notification n LEFT JOIN notification_read r "
                + "ON r.notification_id = n.id AND r.reader = :reader WHERE " + where, parameters, Long.class);
        return new PageOf<>(items, page, limit, total == null ? 0 : total);
    }

    /** Marks one notification of the caller's inbox read by the caller; marking it again changes nothing. */
    @Transactional
    public NotificationView markRead(Actor actor, UUID id, String acceptLanguage) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("reader", actor.subject()).addValue("id", id);
        String inbox = inboxOf(actor, parameters);
        if (inbox == null || !Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM notification n WHERE n.id = :id AND " + inbox + ")", parameters, Boolean.class))) {
            throw Problems.notFound("review.notification.not-found", id);
        }
        parameters.addValue("readAt", Timestamp.from(clock.instant()));
        jdbc.update("""
                INSERT INTO notification_read (notification_id, reader, read_at) VALUES (:id, :reader, :readAt)
                ON CONFLICT (notification_id, reader) DO NOTHING""", parameters);
        Locale locale = ProblemMessages.resolveLocale(acceptLanguage);
        return jdbc.query(SELECT + "n.id = :id", parameters, (rs, row) -> view(rs, locale)).get(0);
    }

    private static final String SELECT = """
            SELECT n.id, n.kind, n.args, n.subject_type, n.subject_id, n.created_at, r.read_at
            FROM notification n LEFT JOIN notification_read r ON r.notification_id = n.id AND r.reader = :reader
            WHERE\s""";

    /**
     * The inboxes the caller reads (issue 6 "Access"): their own as a person or enterprise, their
     * organisation's if they handle its evaluations, their region's subtree if they supervise;
     * {@code null} when none.
     */
    private static String inboxOf(Actor actor, MapSqlParameterSource parameters) {
        List<String> inboxes = new ArrayList<>();
        if (actor.holderIdHash() != null) {
            inboxes.add("(n.recipient_type = 'HOLDER' AND n.recipient_key = :holder)");
            parameters.addValue("holder", actor.holderIdHash());
        }
        if (Access.managesForOrg(actor, actor.orgCode())) {
            inboxes.add("(n.recipient_type = 'ORGANISATION' AND n.recipient_key = :org)");
            parameters.addValue("org", actor.orgCode());
        }
        if (Access.supervises(actor, actor.regionCode())) {
            inboxes.add("(n.recipient_type = 'REGION_SUPERVISORS' AND n.recipient_key LIKE :region)");
            parameters.addValue("region", Access.subtreePattern(actor));
        }
        return inboxes.isEmpty() ? null : "(" + String.join(" OR ", inboxes) + ")";
    }

    private NotificationView view(ResultSet rs, Locale locale) throws SQLException {
        String kind = rs.getString("kind");
        Array args = rs.getArray("args");
        Object[] values = args == null ? new Object[0] : (Object[]) args.getArray();
        return new NotificationView(rs.getObject("id", UUID.class), kind,
                messages.getMessage("review.notification." + kind, values, locale), rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("read_at") != null);
    }
}
