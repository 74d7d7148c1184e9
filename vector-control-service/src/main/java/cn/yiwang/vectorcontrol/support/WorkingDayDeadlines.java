package cn.yiwang.vectorcontrol.support;

import cn.yiwang.common.calendar.WorkingDayCalendar;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Deadlines of rectification orders, breeding-site remediation and re-checks, given either as a date
 * or as a number of working days on the official calendar (weekends and public holidays off, make-up
 * working days on), counted from the day after the inspection, finding or re-check as time limits
 * are (the start day never counts). The Baoji regulation sets no number of days itself, so the
 * inspector states the limit; a limit "in N working days" is counted here, never by hand.
 */
@Component
public class WorkingDayDeadlines {

    private final WorkingDayCalendar calendar;
    private final Labels labels;

    WorkingDayDeadlines(WorkingDayCalendar calendar, Labels labels) {
        this.calendar = calendar;
        this.labels = labels;
    }

    /**
     * The deadline: {@code date} as given, or {@code workingDays} after {@code from}; null when
     * neither is given. Both at once, or fewer than one working day, is refused (422).
     */
    public LocalDate resolve(String field, LocalDate date, Integer workingDays, LocalDate from) {
        if (workingDays == null) {
            return date;
        }
        if (date != null) {
            throw ProblemException.unprocessable(List.of(new Violation(field, "deadline-given-twice",
                    labels.message("violation.deadline-given-twice"))));
        }
        if (workingDays < 1 || workingDays > 365) {
            throw ProblemException.unprocessable(List.of(new Violation(field + "WorkingDays", "working-days-out-of-range",
                    labels.message("violation.working-days-out-of-range"))));
        }
        return calendar.addWorkingDays(from, workingDays);
    }
}
