package cn.yiwang.review.statistics;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import static cn.yiwang.common.calendar.WorkingDayCalendar.dateOf;

/**
 * Keeps the counters current: every command that changes a service event runs inside
 * {@link #track}, which reads the event's facts before and after the change and adds the
 * difference to the counters in the same transaction (issue 6: statistics updated continuously,
 * never a full recount at query time).
 */
@Component
public class StatisticsLedger {

    /**
     * The facts of one service event. The counted level is the follow-up's, else the first's; an
     * evaluation excluded by an upheld appeal does not count, nor does its rectification.
     */
    private static final String FACTS = """
            SELECT i.served_at, i.service_channel, i.region_code, i.org_code, i.staff_ids, i.item_codes,
                   CASE WHEN f.id IS NULL THEN NULL ELSE coalesce(u.level, f.level) END AS level,
                   f.channel, f.anonymous, f.evaluator_id_hash,
                   w.id AS work_order_id, w.verified_at, w.replied_at, w.rectification_due_at, w.return_visited_at
            FROM invitation i
            LEFT JOIN evaluation f ON f.id = i.first_evaluation_id AND NOT f.excluded
            LEFT JOIN evaluation u ON u.id = i.follow_up_evaluation_id AND NOT u.excluded AND f.id IS NOT NULL
            LEFT JOIN work_order w ON w.invitation_id = i.id AND f.id IS NOT NULL
                                   AND w.evaluation_id IN (f.id, u.id)
            WHERE i.id = ?""";

    private static final String ADD = """
            INSERT INTO statistic_counter (dimension, dimension_key, period, metric, value) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (dimension, dimension_key, period, metric)
            DO UPDATE SET value = statistic_counter.value + excluded.value""";

    private final JdbcTemplate jdbc;

    public StatisticsLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code change} on the service event {@code invitationId} and books its effect on the counters. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T track(UUID invitationId, Supplier<T> change) {
        ServiceFacts before = facts(invitationId);
        T result = change.get();
        ServiceFacts after = facts(invitationId);
        add(Contribution.delta(before, after));
        return result;
    }

    /** The current facts of a service event, or {@code null} if it does not exist (yet). */
    public ServiceFacts facts(UUID invitationId) {
        List<ServiceFacts> found = jdbc.query(FACTS, (rs, row) -> map(rs), invitationId);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The ids of every service event, for a recount by an operator or a test. */
    public List<UUID> allServiceEvents() {
        return jdbc.queryForList("SELECT id FROM invitation", UUID.class);
    }

    /**
     * Adds {@code delta} to the counters, locking rows in one fixed order. A region × item,
     * organisation or channel counter that turns positive (or back to zero) moves the region's
     * coverage counter by one, so coverage stays a count of distinct items, organisations and
     * channels without ever being recounted.
     */
    private void add(Map<CounterKey, Long> delta) {
        if (delta.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        Map<CounterKey, Long> coverage = new TreeMap<>();
        new TreeMap<>(delta).forEach((key, value) -> {
            CounterKey coverageKey = Contribution.coverageKey(key);
            if (coverageKey == null) {
                rows.add(row(key, value));
                return;
            }
            Long after = jdbc.queryForObject(ADD + " RETURNING value", Long.class, row(key, value));
            long now = after == null ? 0 : after;
            long before = now - value;
            if (before <= 0 && now > 0) {
                coverage.merge(coverageKey, 1L, Long::sum);
            } else if (before > 0 && now <= 0) {
                coverage.merge(coverageKey, -1L, Long::sum);
            }
        });
        coverage.values().removeIf(value -> value == 0L);
        coverage.forEach((key, value) -> rows.add(row(key, value)));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(ADD, rows);
        }
    }

    private static Object[] row(CounterKey key, long value) {
        return new Object[]{key.dimension().name(), key.key(), key.period(), key.metric(), value};
    }

    private static ServiceFacts map(ResultSet rs) throws SQLException {
        String level = rs.getString("level");
        boolean negative = "DISSATISFIED".equals(level) || "VERY_DISSATISFIED".equals(level);
        boolean realName = level != null && !rs.getBoolean("anonymous") && rs.getString("evaluator_id_hash") != null;
        boolean workOrder = rs.getObject("work_order_id") != null;
        var replied = rs.getTimestamp("replied_at");
        var due = rs.getTimestamp("rectification_due_at");
        return new ServiceFacts(dateOf(rs.getTimestamp("served_at").toInstant()), rs.getString("region_code"),
                rs.getString("org_code"), strings(rs.getArray("staff_ids")), strings(rs.getArray("item_codes")),
                level, level == null ? null : rs.getString("channel"), InvitedChannel.of(rs.getString("service_channel")), negative, realName, workOrder,
                rs.getTimestamp("verified_at") != null, replied != null,
                replied != null && due != null && replied.before(due), rs.getTimestamp("return_visited_at") != null);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
