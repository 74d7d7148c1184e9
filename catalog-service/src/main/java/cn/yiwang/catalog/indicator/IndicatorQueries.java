package cn.yiwang.catalog.indicator;

import cn.yiwang.catalog.region.Regions;
import cn.yiwang.catalog.support.RuleFailure;
import cn.yiwang.catalog.support.Violations;
import cn.yiwang.common.identifier.RegionCode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Computes the indicators in the database, grouped by department with a region-wide total. */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(IndicatorTargets.class)
public class IndicatorQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final IndicatorTargets targets;
    private final Violations violations;

    public IndicatorQueries(NamedParameterJdbcTemplate jdbc, IndicatorTargets targets, Violations violations) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.violations = violations;
    }

    public Indicators of(String region, String department) {
        if (!RegionCode.isValid(region)) {
            violations.throwIfAny(List.of(new RuleFailure("region", "invalid-format", "catalog.item.region.format", region)));
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("subtree", Regions.subtreePattern(region));
        String departmentFilter = "";
        if (department != null) {
            departmentFilter = " and department = :department";
            parameters.addValue("department", department);
        }
        List<Indicators.Figures> rows = jdbc.query("""
                select department, count(*) as items,
                       avg(case when fully_online then 1.0 else 0.0 end) as fully_online,
                       avg(case when at_most_one_visit then 1.0 else 0.0 end) as one_visit,
                       avg(case when immediate then 1.0 else 0.0 end) as immediate,
                       avg(1.0 - promised_limit_days::numeric / legal_limit_days)
                           filter (where legal_limit_days > 0 and promised_limit_days is not null) as reduction
                from item_version
                where state = 'CURRENT' and region_code like :subtree""" + departmentFilter + """

                group by rollup (department)
                order by department nulls first""", parameters, (rs, row) -> figures(rs));
        Indicators.Figures overall = rows.isEmpty() || rows.get(0).department() != null
                ? new Indicators.Figures(null, 0, null, null, null, null, new Indicators.Targets(false, false, false, false))
                : rows.get(0);
        List<Indicators.Figures> byDepartment = rows.stream().filter(figures -> figures.department() != null).toList();
        return new Indicators(region, department, overall, byDepartment, targets);
    }

    private Indicators.Figures figures(ResultSet rs) throws SQLException {
        Double online = share(rs, "fully_online");
        Double oneVisit = share(rs, "one_visit");
        Double immediate = share(rs, "immediate");
        Double reduction = share(rs, "reduction");
        return new Indicators.Figures(rs.getString("department"), rs.getLong("items"), online, oneVisit, immediate,
                reduction, new Indicators.Targets(meets(online, targets.fullyOnline()),
                meets(oneVisit, targets.atMostOneVisit()), meets(immediate, targets.immediate()),
                meets(reduction, targets.timeReduction())));
    }

    private static Double share(ResultSet rs, String column) throws SQLException {
        java.math.BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.setScale(4, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static boolean meets(Double value, double target) {
        return value != null && value >= target;
    }
}
