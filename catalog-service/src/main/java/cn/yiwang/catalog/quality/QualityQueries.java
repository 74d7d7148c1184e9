package cn.yiwang.catalog.quality;

import cn.yiwang.catalog.guide.ServiceGuide;
import cn.yiwang.catalog.region.Regions;
import cn.yiwang.catalog.support.CatalogJson;
import cn.yiwang.catalog.support.RuleFailure;
import cn.yiwang.catalog.support.Violations;
import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A region's pass rate, re-checking its published guides against today's rules: rules tightened
 * after publication show up here before the next change request.
 */
@Service
@Transactional(readOnly = true)
public class QualityQueries {

    private final JdbcTemplate jdbc;
    private final QualityCheck check;
    private final Violations violations;

    public QualityQueries(JdbcTemplate jdbc, QualityCheck check, Violations violations) {
        // Its own template: the fetch size streams a province's guides instead of loading them at once.
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(500);
        this.check = check;
        this.violations = violations;
    }

    public PassRate passRate(Actor actor, String region) {
        if (!RegionCode.isValid(region)) {
            violations.throwIfAny(List.of(new RuleFailure("region", "invalid-format", "catalog.item.region.format", region)));
        }
        actor.requireRegion(region);
        AtomicLong checked = new AtomicLong();
        AtomicLong passed = new AtomicLong();
        jdbc.query("select guide::text from item_version where state = 'CURRENT' and region_code like ?",
                (RowCallbackHandler) rs -> {
                    checked.incrementAndGet();
                    if (check.passes(CatalogJson.read(rs.getString(1), ServiceGuide.class))) {
                        passed.incrementAndGet();
                    }
                }, Regions.subtreePattern(region));
        Double rate = checked.get() == 0 ? null
                : Math.round(10000.0 * passed.get() / checked.get()) / 10000.0;
        return new PassRate(region, checked.get(), passed.get(), rate);
    }
}
