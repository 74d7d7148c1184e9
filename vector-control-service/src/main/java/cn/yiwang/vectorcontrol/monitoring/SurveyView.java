package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.vectorcontrol.monitoring.domain.Survey;
import cn.yiwang.vectorcontrol.monitoring.domain.SurveyStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A survey as the API shows it. */
public record SurveyView(UUID id, String regionCode, LocalDate periodStart, LocalDate periodEnd, SurveyStatus status,
                         String tableVersion, int records, Instant openedAt, Instant evaluatedAt) {

    static SurveyView of(Survey survey, int records) {
        return new SurveyView(survey.id(), survey.regionCode(), survey.periodStart(), survey.periodEnd(),
                survey.status(), survey.tableVersion(), records, survey.openedAt(), survey.evaluatedAt());
    }
}
