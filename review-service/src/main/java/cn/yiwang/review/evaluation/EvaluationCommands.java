package cn.yiwang.review.evaluation;

import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.review.evaluation.domain.Evaluation;
import cn.yiwang.review.evaluation.domain.EvaluationKind;
import cn.yiwang.review.evaluation.domain.EvaluationRepository;
import cn.yiwang.review.evaluation.domain.IndicatorList;
import cn.yiwang.review.evaluation.domain.Rating;
import cn.yiwang.review.invitation.domain.Evaluator;
import cn.yiwang.review.invitation.domain.Invitation;
import cn.yiwang.review.invitation.domain.InvitationRepository;
import cn.yiwang.review.statistics.StatisticsLedger;
import cn.yiwang.review.support.Access;
import cn.yiwang.review.support.Problems;
import cn.yiwang.review.support.ReviewProperties;
import cn.yiwang.review.upstream.UpstreamEvaluation;
import cn.yiwang.review.upstream.UpstreamForwarding;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Evaluate, follow up, moderate and exclude: one method per use case, each one transaction. */
@Service
public class EvaluationCommands {

    private final InvitationRepository invitations;
    private final EvaluationRepository evaluations;
    private final StatisticsLedger statistics;
    private final UpstreamForwarding upstream;
    private final ApplicationEventPublisher events;
    private final BurstGuard burstGuard;
    private final EvaluationQueries queries;
    private final ReviewProperties properties;
    private final Clock clock;

    EvaluationCommands(InvitationRepository invitations, EvaluationRepository evaluations, StatisticsLedger statistics,
                       UpstreamForwarding upstream, ApplicationEventPublisher events, BurstGuard burstGuard,
                       EvaluationQueries queries, ReviewProperties properties, Clock clock) {
        this.invitations = invitations;
        this.evaluations = evaluations;
        this.statistics = statistics;
        this.upstream = upstream;
        this.events = events;
        this.burstGuard = burstGuard;
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The first evaluation of a service, by the person served: found by invitation id (online,
     * 一事一评) or by the walk-in short code (on site, 一次一评).
     */
    @Transactional
    public EvaluationView evaluate(Actor actor, UUID invitationId, String shortCode, Rating rating) {
        guardBursts(actor);
        Invitation invitation = (shortCode != null
                ? invitations.findByShortCode(shortCode.strip().toUpperCase(java.util.Locale.ROOT))
                : invitations.findById(invitationId))
                .orElseThrow(() -> Problems.notFound("review.invitation.not-found", shortCode != null ? shortCode : invitationId));
        Evaluator evaluator = shortCode != null
                ? Evaluator.withShortCode(actor.holderIdHash(), Access.evaluatorType(actor))
                : Evaluator.holder(actor.holderIdHash(), Access.evaluatorType(actor));
        Instant now = clock.instant();
        Evaluation evaluation = statistics.track(invitation.id(), () -> {
            Evaluation first = Evaluation.first(invitation, evaluator, rating, indicators(), actor.subject(), now);
            store(invitation, first, now);
            return first;
        });
        return queries.view(evaluation, actor);
    }

    /**
     * A hotline agent records the rating a person gave over the phone (channel 6, e.g. the 12345
     * return call). Agents record for service events of their own region only; to anyone else the
     * invitation does not exist (404).
     */
    @Transactional
    public EvaluationView recordPhoneRating(Actor agent, UUID invitationId, Rating rating) {
        if (!agent.hasRole(Roles.HOTLINE_AGENT) || agent.regionCode() == null) {
            throw Problems.forbidden("review.phone.agent-only");
        }
        Invitation invitation = invitations.findById(invitationId)
                .filter(found -> agent.coversRegion(found.context().regionCode()))
                .orElseThrow(() -> Problems.notFound("review.invitation.not-found", invitationId));
        Instant now = clock.instant();
        Evaluation evaluation = statistics.track(invitation.id(), () -> {
            Evaluation recorded = Evaluation.recordedByPhone(invitation, rating, indicators(), agent.subject(), now);
            store(invitation, recorded, now);
            return recorded;
        });
        return queries.view(evaluation, agent);
    }

    /** The one follow-up (追评) to the caller's own first evaluation. */
    @Transactional
    public EvaluationView followUp(Actor actor, UUID firstEvaluationId, Rating rating) {
        guardBursts(actor);
        Evaluation first = evaluations.findById(firstEvaluationId)
                .filter(found -> found.kind() == EvaluationKind.FIRST && actor.owns(found.evaluatorIdHash()))
                .orElseThrow(() -> Problems.notFound("review.evaluation.not-found", firstEvaluationId));
        Invitation invitation = invitations.findById(first.invitationId()).orElseThrow();
        Instant now = clock.instant();
        Evaluation followUp = statistics.track(invitation.id(), () -> {
            Evaluation created = Evaluation.followUp(invitation,
                    Evaluator.holder(actor.holderIdHash(), Access.evaluatorType(actor)), rating, indicators(),
                    properties.evaluationWindow(), actor.subject(), now);
            store(invitation, created, now);
            return created;
        });
        return queries.view(followUp, actor);
    }

    /** A supervisor publishes or withholds the text of an evaluation (e.g. one flagged in a burst). */
    @Transactional
    public EvaluationView moderate(Actor actor, UUID evaluationId, boolean publish) {
        Evaluation evaluation = evaluations.findById(evaluationId)
                .filter(found -> Access.supervises(actor, found.service().regionCode()))
                .orElseThrow(() -> Problems.notFound("review.evaluation.not-found", evaluationId));
        evaluation.moderate(publish);
        evaluations.save(evaluation);
        return queries.view(evaluation, actor);
    }

    /**
     * Takes an evaluation out of the statistics after an upheld appeal; it stays on record. Runs in
     * the appeal decision's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void excludeFromStatistics(UUID evaluationId, UUID appealId) {
        Evaluation evaluation = evaluations.findById(evaluationId)
                .orElseThrow(() -> Problems.notFound("review.evaluation.not-found", evaluationId));
        statistics.track(evaluation.invitationId(), () -> {
            evaluation.excludeFromStatistics(appealId, clock.instant());
            evaluations.save(evaluation);
            evaluation.takeEvents().forEach(events::publishEvent);
            return null;
        });
    }

    private void store(Invitation invitation, Evaluation evaluation, Instant now) {
        try {
            invitations.save(invitation);
            evaluations.save(evaluation);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException | DbActionExecutionException race) {
            // Two ratings of one service at the same moment: the invitation's version or the unique
            // (invitation, kind) index lets exactly one through.
            throw Problems.conflict("review.evaluation.already-rated");
        }
        evaluation.takeEvents().forEach(events::publishEvent);
        upstream.enqueue(forUpstream(evaluation), now);
    }

    /** Holders are limited per person; hall devices are not, each of their ratings spends a one-time code. */
    private void guardBursts(Actor actor) {
        if (actor.isHolder()) {
            burstGuard.admit(actor.subject());
        }
    }

    private IndicatorList indicators() {
        return new IndicatorList(properties.indicators());
    }

    private static UpstreamEvaluation forUpstream(Evaluation evaluation) {
        var service = evaluation.service();
        return new UpstreamEvaluation(evaluation.id(), service.serviceNumber(), service.source().name(),
                service.itemCodes(), service.itemNames(), service.orgCode(), service.regionCode(), service.staffIds(),
                evaluation.level().exchangeCode(), evaluation.channel().code(), evaluation.anonymous(),
                evaluation.evaluatorType(), evaluation.kind() == EvaluationKind.FOLLOW_UP, evaluation.indicators(),
                evaluation.text(), evaluation.evaluatedAt());
    }
}
