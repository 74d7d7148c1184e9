package cn.yiwang.review.statistics;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Map;

/** Reads the counters; nothing here counts evaluations. */
@Service
public class StatisticsQueries {

    private final JdbcTemplate jdbc;

    public StatisticsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param period a day ({@code 2026-05-12}) or a month ({@code 2026-05}) of the service date */
    public Figures figures(Dimension dimension, String key, String period) {
        return Figures.of(dimension, key, period, counters(dimension, key, period));
    }

    public Map<String, Long> counters(Dimension dimension, String key, String period) {
        Map<String, Long> counters = new HashMap<>();
        jdbc.query("SELECT metric, value FROM statistic_counter WHERE dimension = ? AND dimension_key = ? AND period = ?",
                rs -> {
                    counters.put(rs.getString("metric"), rs.getLong("value"));
                }, dimension.name(), key, period);
        return counters;
    }

    /** Every counter, for comparing with a recount. */
    public Map<CounterKey, Long> allCounters() {
        Map<CounterKey, Long> all = new HashMap<>();
        jdbc.query("SELECT dimension, dimension_key, period, metric, value FROM statistic_counter WHERE value <> 0",
                rs -> {
                    all.put(new CounterKey(Dimension.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4)), rs.getLong(5));
                });
        return all;
    }

    /** Whether the staff member served anyone for {@code orgCode} or within the region pattern. */
    public boolean staffServedIn(String staffId, String orgCode, String regionPattern) {
        Boolean found = orgCode != null
                ? jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM invitation WHERE ? = ANY (staff_ids) AND org_code = ?)",
                        Boolean.class, staffId, orgCode)
                : jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM invitation WHERE ? = ANY (staff_ids) AND region_code LIKE ?)",
                        Boolean.class, staffId, regionPattern);
        return Boolean.TRUE.equals(found);
    }
}
