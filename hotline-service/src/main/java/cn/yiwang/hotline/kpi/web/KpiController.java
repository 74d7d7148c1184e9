package cn.yiwang.hotline.kpi.web;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.hotline.kpi.Kpis;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * KPIs by department or region. Centre staff and supervisors see their region; a department sees
 * only its own figures.
 */
@RestController
@RequestMapping("${yiwang.api.base-path}/kpis")
public class KpiController {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Kpis kpis;

    public KpiController(Kpis kpis) {
        this.kpis = kpis;
    }

    public record KpiReport(String groupBy, String regionCode, LocalDate from, LocalDate to, List<Kpis.Row> rows) {
    }

    /** {@code from} and {@code to} are dates of intake (Beijing), {@code to} inclusive. */
    @GetMapping
    @PreAuthorize("hasAnyRole('hotline-agent', 'hotline-dispatcher', 'supervisor', 'dept-admin')")
    public KpiReport report(@RequestParam(defaultValue = "DEPARTMENT") Kpis.GroupBy groupBy,
                            @RequestParam(required = false) String region,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            Actor actor) {
        String asked = region != null ? region : actor.regionCode();
        if (asked == null) {
            throw ProblemException.forbidden("problem.forbidden.region", "-");
        }
        actor.requireRegion(asked);
        boolean centre = actor.hasAnyRole(Roles.HOTLINE_AGENT, Roles.HOTLINE_DISPATCHER, Roles.SUPERVISOR);
        String org = centre ? null : actor.orgCode();
        if (!centre && org == null) {
            throw ProblemException.forbidden("problem.forbidden.region", asked);
        }
        List<Kpis.Row> rows = kpis.compute(groupBy, asked, org,
                from == null ? null : from.atStartOfDay(BEIJING).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(BEIJING).toInstant());
        return new KpiReport(groupBy.name(), asked, from, to, rows);
    }
}
