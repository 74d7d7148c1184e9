package cn.yiwang.hotline.kpi;

import cn.yiwang.common.identifier.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The KPIs of tickets taken in within a period, grouped by lead department or by region. A
 * ticket counts for the department that leads it now (after a reassignment, the new one).
 *
 * <ul>
 *   <li>response rate: tickets the department acted on (accepted or returned) / tickets dispatched to it</li>
 *   <li>on-time rate: replies within the limit / replies</li>
 *   <li>resolution rate: callers reached at the return visit who said it was resolved / callers reached</li>
 *   <li>satisfaction rate: callers reached who were satisfied / callers reached</li>
 *   <li>return-visit rate: tickets visited back (reached or not) / tickets replied</li>
 * </ul>
 * A rate is null when its denominator is zero: "no data" is not 0 %.
 */
@Service
public class Kpis {

    private final JdbcTemplate jdbc;

    public Kpis(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public enum GroupBy { DEPARTMENT, REGION }

    public record Row(String key, String name, long tickets, long dispatched, long responded, long replied,
                      long repliedOnTime, long visited, long reached, long resolved, long satisfied,
                      BigDecimal responseRate, BigDecimal onTimeRate, BigDecimal resolutionRate,
                      BigDecimal satisfactionRate, BigDecimal returnVisitRate) {
    }

    /**
     * @param regionCode the region subtree to count in
     * @param orgCode    only this department's tickets, or null for all
     */
    public List<Row> compute(GroupBy groupBy, String regionCode, String orgCode, Instant from, Instant to) {
        String key = groupBy == GroupBy.DEPARTMENT ? "lead_org_code" : "region_code";
        String name = groupBy == GroupBy.DEPARTMENT ? "max(lead_org_name)" : "null";
        StringBuilder where = new StringBuilder(" where region_code like ?");
        List<Object> args = new ArrayList<>();
        args.add(RegionCode.of(regionCode).prefix() + "%");
        if (groupBy == GroupBy.DEPARTMENT) {
            where.append(" and lead_org_code is not null");
        }
        if (orgCode != null) {
            where.append(" and lead_org_code = ?");
            args.add(orgCode);
        }
        if (from != null) {
            where.append(" and created_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" and created_at < ?");
            args.add(Timestamp.from(to));
        }
        return jdbc.query("select " + key + " as k, " + name + """
                 as n,
                       count(*) as tickets,
                       count(*) filter (where dispatched_at is not null) as dispatched,
                       count(*) filter (where dispatched_at is not null and (accepted_at is not null or return_count > 0)) as responded,
                       count(*) filter (where replied_on_time is not null) as replied,
                       count(*) filter (where replied_on_time) as replied_on_time,
                       count(*) filter (where satisfaction is not null) as visited,
                       count(*) filter (where satisfaction in ('SATISFIED', 'DISSATISFIED')) as reached,
                       count(*) filter (where satisfaction in ('SATISFIED', 'DISSATISFIED') and resolved) as resolved,
                       count(*) filter (where satisfaction = 'SATISFIED') as satisfied
                from ticket""" + where + " group by " + key + " order by " + key,
                (rs, n) -> {
                    long dispatched = rs.getLong("dispatched");
                    long responded = rs.getLong("responded");
                    long replied = rs.getLong("replied");
                    long onTime = rs.getLong("replied_on_time");
                    long visited = rs.getLong("visited");
                    long reached = rs.getLong("reached");
                    long resolved = rs.getLong("resolved");
                    long satisfied = rs.getLong("satisfied");
                    return new Row(rs.getString("k"), rs.getString("n"), rs.getLong("tickets"), dispatched, responded,
                            replied, onTime, visited, reached, resolved, satisfied, rate(responded, dispatched),
                            rate(onTime, replied), rate(resolved, reached), rate(satisfied, reached), rate(visited, replied));
                }, args.toArray());
    }

    /** A percentage with one decimal, or null without data. */
    static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
