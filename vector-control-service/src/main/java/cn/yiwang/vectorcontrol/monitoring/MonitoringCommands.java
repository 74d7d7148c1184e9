package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import cn.yiwang.vectorcontrol.monitoring.domain.Measure;
import cn.yiwang.vectorcontrol.monitoring.domain.MonitoringRecord;
import cn.yiwang.vectorcontrol.monitoring.domain.PooledRecords;
import cn.yiwang.vectorcontrol.monitoring.domain.StandardRooms;
import cn.yiwang.vectorcontrol.monitoring.domain.Survey;
import cn.yiwang.vectorcontrol.monitoring.domain.SurveyEvaluation;
import cn.yiwang.vectorcontrol.monitoring.domain.SurveyRepository;
import cn.yiwang.vectorcontrol.monitoring.domain.ThresholdTable;
import cn.yiwang.vectorcontrol.monitoring.messaging.AlertEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Use cases of density monitoring: open a survey, add the CDC's records, evaluate it. */
@Service
public class MonitoringCommands {

    private final SurveyRepository surveys;
    private final MonitoringRecordStore records;
    private final SurveyLevelStore levels;
    private final ThresholdTables tables;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    MonitoringCommands(SurveyRepository surveys, MonitoringRecordStore records, SurveyLevelStore levels,
                       ThresholdTables tables, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.surveys = surveys;
        this.records = records;
        this.levels = levels;
        this.tables = tables;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public SurveyView open(Actor actor, String regionCode, LocalDate periodStart, LocalDate periodEnd) {
        List<Violation> violations = new ArrayList<>();
        if (!RegionCode.isValid(regionCode)) {
            violations.add(violation("regionCode", "region-invalid"));
        }
        if (periodEnd.isBefore(periodStart)) {
            violations.add(violation("periodEnd", "period-ends-before-start"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
        MonitoringAccess.requireMonitorOf(actor, regionCode);
        Survey survey = surveys.save(Survey.open(regionCode, periodStart, periodEnd, actor.subject(), clock.instant()));
        return SurveyView.of(survey, 0);
    }

    /** Adds records all or nothing: one wrong number refuses the batch and names every wrong number. */
    @Transactional
    public SurveyView addRecords(Actor actor, UUID surveyId, List<NewRecord> batch) {
        Survey survey = load(surveyId);
        MonitoringAccess.requireMonitorOf(actor, survey.regionCode());
        if (!survey.acceptsRecords()) {
            throw ProblemException.conflict("monitoring.survey.evaluated", surveyId);
        }
        List<Violation> violations = new ArrayList<>();
        List<MonitoringRecordStore.EnteredRecord> entered = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            NewRecord candidate = batch.get(i);
            String at = "records[" + i + "]";
            if (!survey.covers(candidate.observedOn())) {
                violations.add(violation(at + ".observedOn", "observed-outside-period", survey.periodStart(), survey.periodEnd()));
            }
            Map<Measure, BigDecimal> measures = candidate.measures();
            if (!candidate.spaces().isEmpty()) {
                StandardRooms.Counted counted = StandardRooms.count(candidate.method(), candidate.spaces(), measures);
                for (MonitoringRecord.Problem problem : counted.problems()) {
                    violations.add(violation(at + ".spaces." + problem.measure().name(), problem.code(), problem.measure().name()));
                }
                if (!counted.problems().isEmpty()) {
                    continue;
                }
                measures = counted.measures();
            }
            List<MonitoringRecord.Problem> problems = MonitoringRecord.check(candidate.method(), measures);
            for (MonitoringRecord.Problem problem : problems) {
                violations.add(violation(at + ".measures." + problem.measure().name(), problem.code(), problem.measure().name()));
            }
            if (problems.isEmpty()) {
                entered.add(new MonitoringRecordStore.EnteredRecord(MonitoringRecord.of(candidate.method(), measures),
                        candidate.observedOn(), candidate.location(), actor.subject(), clock.instant()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
        records.addAll(surveyId, entered);
        return SurveyView.of(survey, records.countOfSurvey(surveyId));
    }

    /**
     * Grades the survey under the table in force and freezes it. A species below standard raises
     * {@code vectorcontrol.alert.v1} in the same transaction as the levels it reports.
     */
    @Transactional
    public EvaluationView evaluate(Actor actor, UUID surveyId) {
        Survey survey = load(surveyId);
        MonitoringAccess.requireMonitorOf(actor, survey.regionCode());
        if (!survey.acceptsRecords()) {
            throw ProblemException.conflict("monitoring.survey.evaluated", surveyId);
        }
        PooledRecords pooled = records.pooledOfSurvey(surveyId);
        if (pooled.isEmpty()) {
            throw ProblemException.unprocessable(List.of(violation("records", "survey-without-records")));
        }
        ThresholdTable table = tables.current();
        SurveyEvaluation evaluation = survey.evaluate(table, pooled, clock.instant());
        surveys.save(survey);
        levels.save(surveyId, evaluation);
        AlertEvents.of(survey, evaluation, UUID.randomUUID(), clock.instant()).ifPresent(events::publishEvent);
        return new EvaluationView(SurveyView.of(survey, pooled.count()), evaluation, table.source(), false);
    }

    private Survey load(UUID surveyId) {
        return surveys.findById(surveyId).orElseThrow(() -> ProblemException.notFound(
                messages.getMessage("monitoring.survey", null, LocaleContextHolder.getLocale()), surveyId));
    }

    private Violation violation(String field, String code, Object... args) {
        return new Violation(field, code, messages.getMessage("violation." + code, args, LocaleContextHolder.getLocale()));
    }
}
