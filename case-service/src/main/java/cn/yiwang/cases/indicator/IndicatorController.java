package cn.yiwang.cases.indicator;

import cn.yiwang.cases.casefile.CaseQueries;
import cn.yiwang.cases.clock.CaseClock;
import cn.yiwang.cases.item.ItemReadModel;
import cn.yiwang.cases.item.PublishedItem;
import cn.yiwang.cases.partner.PartnerCaseFacts;
import cn.yiwang.cases.partner.PartnerRecords;
import cn.yiwang.common.calendar.WorkingDayCalendar;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/v1/cases/indicators?from=&to=&itemCode=}: indicators of the cases submitted in
 * the period (Beijing dates, inclusive) within the caller's scope — the same scope as the work queue —
 * together with the accepted partner records (办件汇聚) of that scope, and each part on its own.
 */
@RestController
@RequestMapping("${yiwang.api.base-path}/indicators")
class IndicatorController {

    private final CaseQueries queries;
    private final PartnerRecords partnerRecords;
    private final ItemReadModel items;
    private final CaseClock clock;
    private final Clock time;

    IndicatorController(CaseQueries queries, PartnerRecords partnerRecords, ItemReadModel items, CaseClock clock,
                        Clock time) {
        this.queries = queries;
        this.partnerRecords = partnerRecords;
        this.items = items;
        this.clock = clock;
        this.time = time;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('supervisor','dept-admin','approver','window-clerk')")
    Indicators indicators(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(required = false) String itemCode) {
        if (to.isBefore(from)) {
            throw new ProblemException(ProblemKind.RULE_VIOLATED, List.of(new Violation("to", "before-from",
                    "indicators.period.reversed.field")), "indicators.period.reversed", from, to);
        }
        Instant now = time.instant();
        List<Indicators.Fact> own = queries.facts(actor, from, to, itemCode).stream()
                .map(fact -> Indicators.own(fact, clock, now)).toList();
        Instant start = from.atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
        Map<String, Optional<PublishedItem>> known = new HashMap<>();
        List<Indicators.Fact> partner = partnerRecords.facts(actor, start, end, itemCode).stream()
                .map(record -> PartnerRecordFacts.of(record, item(known, record).orElse(null), clock, now)).toList();
        return Indicators.of(own, partner);
    }

    /** The record's item as known here (latest version, withdrawn or not: its limit is still the one it had). */
    private Optional<PublishedItem> item(Map<String, Optional<PublishedItem>> known, PartnerCaseFacts record) {
        return known.computeIfAbsent(record.itemCode(), code -> items.latest(code).map(latest -> latest.document()));
    }
}
