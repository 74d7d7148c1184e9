package cn.yiwang.review.appeal;

import cn.yiwang.common.calendar.TimeLimit;
import cn.yiwang.common.calendar.TimeLimitClock;
import cn.yiwang.common.security.Actor;
import cn.yiwang.review.appeal.domain.Appeal;
import cn.yiwang.review.appeal.domain.AppealReason;
import cn.yiwang.review.appeal.domain.AppealRepository;
import cn.yiwang.review.appeal.domain.AppealStatus;
import cn.yiwang.review.evaluation.EvaluationCommands;
import cn.yiwang.review.evaluation.EvaluationQueries;
import cn.yiwang.review.evaluation.domain.EvaluationSnapshot;
import cn.yiwang.review.support.Access;
import cn.yiwang.review.support.PageOf;
import cn.yiwang.review.support.Problems;
import cn.yiwang.review.support.ReviewProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 申诉 (DOMAIN.md §4): an organisation's staff appeal one of its evaluations as mistaken or
 * malicious with evidence; a supervisor of the region decides; upheld, the evaluation leaves the
 * statistics and stays on record.
 */
@Service
public class Appeals {

    private final AppealRepository appeals;
    private final EvaluationQueries evaluations;
    private final EvaluationCommands evaluationCommands;
    private final NamedParameterJdbcTemplate jdbc;
    private final TimeLimitClock timeLimits;
    private final ReviewProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Appeals(AppealRepository appeals, EvaluationQueries evaluations, EvaluationCommands evaluationCommands,
            NamedParameterJdbcTemplate jdbc, TimeLimitClock timeLimits, ReviewProperties properties, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.timeLimits = timeLimits;
        this.properties = properties;
        this.appeals = appeals;
        this.evaluations = evaluations;
        this.evaluationCommands = evaluationCommands;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public AppealView file(Actor actor, UUID evaluationId, AppealReason reason, String statement, List<String> evidence) {
        EvaluationSnapshot evaluation = evaluations.snapshot(evaluationId)
                .filter(found -> Access.actsForOrg(actor, found.service().orgCode()))
                .orElseThrow(() -> Problems.notFound("review.evaluation.not-found", evaluationId));
        if (!Access.managesForOrg(actor, evaluation.service().orgCode())) {
            throw Problems.forbidden("review.appeal.org-staff-only");
        }
        Instant appealUntil = timeLimits.dueAt(evaluation.evaluatedAt(),
                TimeLimit.workingDays(properties.appealWorkingDays()));
        if (!clock.instant().isBefore(appealUntil)) {
            throw Problems.ruleExplained("evaluationId", "appeal-window-closed", "review.appeal.too-late",
                    properties.appealWorkingDays(), appealUntil);
        }
        if (evaluations.isExcluded(evaluationId) || appeals.countOpenOrUpheld(evaluationId) > 0) {
            throw Problems.conflict("review.appeal.already-open");
        }
        Appeal appeal = Appeal.file(evaluationId, evaluation.service().orgCode(), evaluation.service().regionCode(),
                reason, statement, evidence, actor.subject(), clock.instant());
        try {
            return view(appeals.save(appeal));
        } catch (DataIntegrityViolationException | DbActionExecutionException race) {
            // Two managers appealed at once: the partial unique index lets one appeal through.
            throw Problems.conflict("review.appeal.already-open");
        }
    }

    @Transactional
    public AppealView decide(Actor actor, UUID appealId, boolean upheld, String note) {
        Appeal appeal = appeals.findById(appealId)
                .filter(found -> Access.supervises(actor, found.regionCode()))
                .orElseThrow(() -> Problems.notFound("review.appeal.not-found", appealId));
        appeal.decide(upheld, note, actor.subject(), clock.instant());
        try {
            appeals.save(appeal);
        } catch (OptimisticLockingFailureException | DbActionExecutionException race) {
            throw Problems.conflict("review.concurrent-change");
        }
        if (appeal.status() == AppealStatus.UPHELD) {
            evaluationCommands.excludeFromStatistics(appeal.evaluationId(), appeal.id());
        }
        events.publishEvent(new AppealDecided(appeal.id(), appeal.evaluationId(), appeal.orgCode(), appeal.regionCode(),
                appeal.status() == AppealStatus.UPHELD, appeal.decisionNote(), appeal.decidedAt()));
        return view(appeal);
    }

    @Transactional(readOnly = true)
    public PageOf<AppealView> list(Actor actor, AppealStatus status, int page, int size) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where;
        if (Access.supervises(actor, actor.regionCode())) {
            where = "region_code LIKE :region";
            parameters.addValue("region", Access.subtreePattern(actor));
        } else if (Access.actsForOrg(actor, actor.orgCode())) {
            where = "org_code = :org";
            parameters.addValue("org", actor.orgCode());
        } else {
            throw Problems.forbidden("review.staff-only");
        }
        if (status != null) {
            where += " AND status = :status";
            parameters.addValue("status", status.name());
        }
        int limit = PageOf.size(size);
        parameters.addValue("limit", limit).addValue("offset", PageOf.offset(page, size));
        List<UUID> ids = jdbc.queryForList("SELECT id FROM appeal WHERE " + where
                + " ORDER BY filed_at DESC, id LIMIT :limit OFFSET :offset", parameters, UUID.class);
        Long total = jdbc.queryForObject("SELECT count(*) FROM appeal WHERE " + where, parameters, Long.class);
        return new PageOf<>(ids.stream().map(id -> view(appeals.findById(id).orElseThrow())).toList(), page, limit,
                total == null ? 0 : total);
    }

    private static AppealView view(Appeal appeal) {
        return new AppealView(appeal.id(), appeal.evaluationId(), appeal.orgCode(), appeal.regionCode(),
                appeal.reason().name(), appeal.statement(), appeal.evidence(), appeal.filedAt(), appeal.status().name(),
                appeal.decidedAt(), appeal.decisionNote());
    }
}
