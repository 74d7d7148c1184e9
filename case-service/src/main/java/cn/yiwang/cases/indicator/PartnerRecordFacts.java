package cn.yiwang.cases.indicator;

import cn.yiwang.cases.clock.CaseClock;
import cn.yiwang.cases.clock.Deadlines;
import cn.yiwang.cases.item.PublishedItem;
import cn.yiwang.cases.partner.PartnerCaseFacts;
import cn.yiwang.common.calendar.MissingCalendarYearException;

import java.time.Instant;
import java.util.Set;

/**
 * How an accepted partner record (办件汇聚) enters the indicators, from its history alone:
 * <ul>
 *   <li><b>cases</b>: every accepted record submitted in the period (its first step);</li>
 *   <li><b>concluded</b>: its history has a CONCLUDED step;</li>
 *   <li><b>on-time rate, overdue</b>: the promised deadline is computed as for a case handled here — the item's
 *       promised limit (from the item read model, latest version known) in working days on the official calendar from
 *       the ACCEPTED step, special procedures (SPECIAL_PROCEDURE until the next step) excluded, no extension (a record
 *       cannot report one). Without an acceptance, with an item unknown here or a year the calendar lacks, the record
 *       has no deadline and is left out of both;</li>
 *   <li><b>online share</b>: channel PC or MOBILE; a record without a channel is left out;</li>
 *   <li><b>fully-online share</b>: a record cannot report its delivery method, so only a record submitted offline
 *       (window, kiosk) is known not to be fully online; online or channel-less records are left out;</li>
 *   <li><b>average handling working days</b>: ACCEPTED to CONCLUDED; records lacking either are left out.</li>
 * </ul>
 */
final class PartnerRecordFacts {

    /** The states in which a case's clock runs (as {@code CaseStatus.CLOCK_RUNNING}). */
    private static final Set<String> CLOCK_RUNNING = Set.of("ACCEPTED", "UNDER_REVIEW", "SPECIAL_PROCEDURE");

    private PartnerRecordFacts() {
    }

    /** @param item the record's item as known here, or null */
    static Indicators.Fact of(PartnerCaseFacts record, PublishedItem item, CaseClock clock, Instant now) {
        Boolean online = record.channel() == null ? null : record.online();
        Boolean fullyOnline = online == null || online ? null : Boolean.FALSE;
        Instant due = promisedDue(record, item, clock);
        if (record.concludedAt() != null) {
            Boolean late = due == null ? null : !record.concludedAt().isBefore(due);
            return new Indicators.Fact(online, fullyOnline, true, late, handlingDays(record, clock), false);
        }
        boolean overdueOpen = CLOCK_RUNNING.contains(record.status()) && due != null && !now.isBefore(due);
        return new Indicators.Fact(online, fullyOnline, false, null, null, overdueOpen);
    }

    private static Instant promisedDue(PartnerCaseFacts record, PublishedItem item, CaseClock clock) {
        if (record.acceptedAt() == null || item == null) {
            return null;
        }
        try {
            Deadlines deadlines = clock.deadlines(record.acceptedAt(), item.legalLimit(), item.promisedLimit(), 0,
                    record.pauses());
            return deadlines.promisedDue();
        } catch (MissingCalendarYearException e) {
            return null;
        }
    }

    private static Integer handlingDays(PartnerCaseFacts record, CaseClock clock) {
        if (record.acceptedAt() == null) {
            return null;
        }
        try {
            return clock.workingDaysBetween(record.acceptedAt(), record.concludedAt());
        } catch (MissingCalendarYearException e) {
            return null;
        }
    }
}
