package cn.yiwang.cases.indicator;

import cn.yiwang.cases.casefile.CaseQueries;
import cn.yiwang.cases.clock.CaseClock;
import cn.yiwang.common.security.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code GET /api/v1/cases/indicators?from=&to=&itemCode=}: indicators of the cases submitted in
 * the period (Beijing dates, inclusive) within the caller's scope — the same scope as the work queue.
 */
@RestController
@RequestMapping("${yiwang.api.base-path}/indicators")
class IndicatorController {

    private final CaseQueries queries;
    private final CaseClock clock;
    private final Clock time;

    IndicatorController(CaseQueries queries, CaseClock clock, Clock time) {
        this.queries = queries;
        this.clock = clock;
        this.time = time;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('supervisor','dept-admin','approver','window-clerk')")
    Indicators indicators(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(required = false) String itemCode) {
        return Indicators.of(queries.facts(actor, from, to, itemCode), clock, time.instant());
    }
}
