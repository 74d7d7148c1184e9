package cn.yiwang.review.evaluation;

import cn.yiwang.common.personaldata.Masking;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.review.evaluation.domain.Evaluation;
import cn.yiwang.review.evaluation.domain.EvaluationRepository;
import cn.yiwang.review.evaluation.domain.EvaluationSnapshot;
import cn.yiwang.review.support.Access;
import cn.yiwang.review.support.PageOf;
import cn.yiwang.review.support.Problems;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read side, with the access rules of issue 6: evaluators see their own (404 for anyone
 * else's), organisations theirs with anonymous evaluators hidden, supervisors their region.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationQueries {

    private final EvaluationRepository evaluations;
    private final NamedParameterJdbcTemplate jdbc;

    EvaluationQueries(EvaluationRepository evaluations, NamedParameterJdbcTemplate jdbc) {
        this.evaluations = evaluations;
        this.jdbc = jdbc;
    }

    public EvaluationView get(Actor actor, UUID id) {
        return evaluations.findById(id)
                .filter(evaluation -> maySee(actor, evaluation))
                .map(evaluation -> view(evaluation, actor))
                .orElseThrow(() -> Problems.notFound("review.evaluation.not-found", id));
    }

    /** The facts of an evaluation for another feature (appeals), without access checks. */
    public Optional<EvaluationSnapshot> snapshot(UUID id) {
        return evaluations.findById(id).map(Evaluation::snapshot);
    }

    /** Whose evaluation it is (keyed hash), anonymous or not, for telling them what became of it. */
    public Optional<String> evaluatorOf(UUID id) {
        return evaluations.findById(id).map(Evaluation::evaluatorIdHash);
    }

    public boolean isExcluded(UUID id) {
        return evaluations.findById(id).map(Evaluation::excluded).orElse(false);
    }

    /** The caller's own evaluations, newest first. */
    public PageOf<EvaluationView> mine(Actor actor, int page, int size) {
        if (actor.holderIdHash() == null) {
            return new PageOf<>(List.of(), page, PageOf.size(size), 0);
        }
        return page("evaluator_id_hash = :who", new MapSqlParameterSource("who", actor.holderIdHash()), actor, page, size);
    }

    /**
     * Evaluations an organisation's staff (their organisation) or a supervisor (their region) may
     * see; optionally only negative ones or only those flagged for moderation.
     */
    public PageOf<EvaluationView> forStaff(Actor actor, boolean negativeOnly, boolean flaggedOnly, int page, int size) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where;
        if (actor.hasRole(Roles.SUPERVISOR) && actor.regionCode() != null && cn.yiwang.common.identifier.RegionCode.isValid(actor.regionCode())) {
            where = "region_code LIKE :region";
            parameters.addValue("region", Access.subtreePattern(actor));
        } else if (actor.orgCode() != null && Access.actsForOrg(actor, actor.orgCode())) {
            where = "org_code = :org";
            parameters.addValue("org", actor.orgCode());
        } else {
            throw Problems.forbidden("review.staff-only");
        }
        if (negativeOnly) {
            where += " AND level IN ('DISSATISFIED', 'VERY_DISSATISFIED')";
        }
        if (flaggedOnly) {
            where += " AND moderation = 'FLAGGED'";
        }
        return page(where, parameters, actor, page, size);
    }

    /**
     * An organisation's published evaluations for anyone: only text that moderation let through,
     * only ratings that count, screened for ID numbers and phone numbers.
     */
    public PageOf<PublicEvaluationView> published(String orgCode, int page, int size) {
        int limit = PageOf.size(size);
        MapSqlParameterSource parameters = new MapSqlParameterSource("org", orgCode)
                .addValue("limit", limit).addValue("offset", PageOf.offset(page, size));
        String where = "org_code = :org AND moderation = 'PUBLISHED' AND NOT excluded";
        List<UUID> ids = jdbc.queryForList("SELECT id FROM evaluation WHERE " + where
                + " ORDER BY evaluated_at DESC, id LIMIT :limit OFFSET :offset", parameters, UUID.class);
        Long total = jdbc.queryForObject("SELECT count(*) FROM evaluation WHERE " + where, parameters, Long.class);
        List<PublicEvaluationView> items = ids.stream().map(id -> evaluations.findById(id).orElseThrow())
                .map(evaluation -> new PublicEvaluationView(evaluation.kind().name(), evaluation.level().name(),
                        evaluation.indicators(), Masking.inText(evaluation.text()), evaluation.channel().name(),
                        evaluation.service().itemNames(),
                        cn.yiwang.common.calendar.WorkingDayCalendar.dateOf(evaluation.evaluatedAt())))
                .toList();
        return new PageOf<>(items, page, limit, total == null ? 0 : total);
    }

    private PageOf<EvaluationView> page(String where, MapSqlParameterSource parameters, Actor actor, int page, int size) {
        int limit = PageOf.size(size);
        parameters.addValue("limit", limit).addValue("offset", PageOf.offset(page, size));
        List<UUID> ids = jdbc.queryForList("SELECT id FROM evaluation WHERE " + where
                + " ORDER BY evaluated_at DESC, id LIMIT :limit OFFSET :offset", parameters, UUID.class);
        Long total = jdbc.queryForObject("SELECT count(*) FROM evaluation WHERE " + where, parameters, Long.class);
        List<EvaluationView> items = ids.stream().map(id -> evaluations.findById(id).orElseThrow())
                .map(evaluation -> view(evaluation, actor)).toList();
        return new PageOf<>(items, page, limit, total == null ? 0 : total);
    }

    boolean maySee(Actor actor, Evaluation evaluation) {
        return actor.owns(evaluation.evaluatorIdHash())
                || Access.actsForOrg(actor, evaluation.service().orgCode())
                || Access.supervises(actor, evaluation.service().regionCode());
    }

    /**
     * The evaluator sees everything as given. Everyone else sees the text screened for ID numbers,
     * credit codes and phone numbers ({@link Masking#inText}); for an anonymous evaluation they see
     * neither the evaluator nor the case or ticket number nor the exact time of the service, any of
     * which would name the evaluator as surely as the name itself.
     */
    EvaluationView view(Evaluation evaluation, Actor actor) {
        boolean own = actor.owns(evaluation.evaluatorIdHash());
        boolean hideEvaluator = evaluation.anonymous() && !own;
        var service = evaluation.service();
        EvaluationView.EvaluatorView evaluator = hideEvaluator || evaluation.evaluatorIdHash() == null ? null
                : new EvaluationView.EvaluatorView(evaluation.evaluatorType(), evaluation.evaluatorIdHash());
        EvaluationView.ServiceView serviceView = new EvaluationView.ServiceView(service.source().name(),
                hideEvaluator ? null : service.sourceId(), hideEvaluator ? null : service.serviceNumber(),
                service.itemCodes(), service.itemNames(), service.orgCode(), service.regionCode(), service.staffIds(),
                hideEvaluator ? null : service.servedAt(), service.bundleName(), service.leadDepartment());
        return new EvaluationView(evaluation.id(), evaluation.invitationId(), evaluation.kind().name(),
                evaluation.level().name(), evaluation.indicators(), own ? evaluation.text() : Masking.inText(evaluation.text()),
                evaluation.channel().name(), evaluation.anonymous(), evaluator, serviceView, evaluation.evaluatedAt(),
                evaluation.moderation().name(), !evaluation.excluded(), evaluation.isRecordedByAgent());
    }
}
