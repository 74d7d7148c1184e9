package cn.yiwang.cases.casefile;

import cn.yiwang.cases.casefile.domain.Case;
import cn.yiwang.cases.clock.CaseClock;
import cn.yiwang.cases.clock.Deadlines;
import cn.yiwang.common.calendar.MissingCalendarYearException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A case's deadlines, or "not known yet" when they run into a year the calendar has no data for.
 * The State Council publishes next year's holidays in November: until operators add them, a case
 * accepted in December with a long limit cannot be given an exact deadline. Refusing to accept it
 * would punish the applicant for the platform's data, so the case is stored without deadlines,
 * the error is logged, and the deadline scan fills them in once the year is there.
 */
final class CaseDeadlines {

    private static final Logger log = LoggerFactory.getLogger(CaseDeadlines.class);

    private CaseDeadlines() {
    }

    static Deadlines of(Case kase, CaseClock clock) {
        try {
            return kase.deadlines(clock);
        } catch (MissingCalendarYearException e) {
            log.error("case {}: deadlines unknown until the working-day calendar is extended: {}", kase.id(), e.getMessage());
            return Deadlines.STOPPED;
        }
    }
}
