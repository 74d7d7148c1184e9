package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.vectorcontrol.monitoring.domain.DensityEvaluator;
import cn.yiwang.vectorcontrol.monitoring.domain.PooledRecords;
import cn.yiwang.vectorcontrol.monitoring.domain.Species;
import cn.yiwang.vectorcontrol.monitoring.domain.Survey;
import cn.yiwang.vectorcontrol.monitoring.domain.SurveyRepository;
import cn.yiwang.vectorcontrol.monitoring.domain.ThresholdTable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Read side of density monitoring: surveys, their graded results and the levels over time. */
@Service
@Transactional(readOnly = true)
public class MonitoringQueries {

    private final SurveyRepository surveys;
    private final MonitoringRecordStore records;
    private final SurveyLevelStore levels;
    private final ThresholdTables tables;
    private final MessageSource messages;

    MonitoringQueries(SurveyRepository surveys, MonitoringRecordStore records, SurveyLevelStore levels,
                      ThresholdTables tables, MessageSource messages) {
        this.surveys = surveys;
        this.records = records;
        this.levels = levels;
        this.tables = tables;
        this.messages = messages;
    }

    public SurveyView survey(Actor actor, UUID surveyId) {
        Survey survey = load(surveyId);
        MonitoringAccess.requireReaderOf(actor, survey.regionCode());
        return SurveyView.of(survey, records.countOfSurvey(surveyId));
    }

    /** Surveys in {@code regionCode}'s subtree (the caller's own region when absent), newest period first. */
    public Page<SurveyView> surveys(Actor actor, String regionCode, int page, int size) {
        String region = regionCode == null ? actor.regionCode() : regionCode;
        MonitoringAccess.requireReaderOf(actor, region);
        return surveys.findByRegionCodeLike(RegionCode.of(region).prefix() + "%",
                        PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "periodStart")))
                .map(survey -> SurveyView.of(survey, records.countOfSurvey(survey.id())));
    }

    /**
     * The graded result: for an evaluated survey under the table that graded it, for an open one
     * provisionally under the table in force.
     */
    public EvaluationView evaluation(Actor actor, UUID surveyId) {
        Survey survey = load(surveyId);
        MonitoringAccess.requireReaderOf(actor, survey.regionCode());
        ThresholdTable table = survey.tableVersion() == null ? tables.current()
                : tables.version(survey.tableVersion()).orElseThrow(() -> new IllegalStateException(
                "threshold table " + survey.tableVersion() + " graded survey " + surveyId + " but is no longer shipped"));
        PooledRecords pooled = records.pooledOfSurvey(surveyId);
        return new EvaluationView(SurveyView.of(survey, pooled.count()), DensityEvaluator.evaluate(table, pooled),
                table.source(), survey.acceptsRecords());
    }

    /** Levels by district and species over time, for the region's dashboard. */
    public List<ControlLevelPoint> levels(Actor actor, String regionCode, Species species) {
        String region = regionCode == null ? actor.regionCode() : regionCode;
        MonitoringAccess.requireReaderOf(actor, region);
        return levels.levels(RegionCode.of(region).prefix(), species);
    }

    private Survey load(UUID surveyId) {
        return surveys.findById(surveyId).orElseThrow(() -> ProblemException.notFound(
                messages.getMessage("monitoring.survey", null, LocaleContextHolder.getLocale()), surveyId));
    }
}
