package cn.yiwang.review.workorder;

import cn.yiwang.common.calendar.TimeLimitClock;
import cn.yiwang.common.security.Actor;
import cn.yiwang.review.evaluation.EvaluationExcluded;
import cn.yiwang.review.evaluation.EvaluationQueries;
import cn.yiwang.review.evaluation.EvaluationSubmitted;
import cn.yiwang.review.evaluation.domain.Level;
import cn.yiwang.review.statistics.StatisticsLedger;
import cn.yiwang.review.support.Access;
import cn.yiwang.review.support.PageOf;
import cn.yiwang.review.support.Problems;
import cn.yiwang.review.support.ReviewProperties;
import cn.yiwang.review.workorder.domain.RectificationDeadlines;
import cn.yiwang.review.workorder.domain.WorkOrder;
import cn.yiwang.review.workorder.domain.WorkOrderRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
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
import java.util.function.Consumer;

/**
 * The negative-evaluation loop (国办发〔2019〕51号: every negative is verified, rectified, answered
 * and, when real-name, visited back): opening on a negative rating, each step by the
 * organisation's staff, withdrawal after an upheld appeal, and the lists by role.
 */
@Service
public class WorkOrders {

    private final WorkOrderRepository orders;
    private final EvaluationQueries evaluations;
    private final StatisticsLedger statistics;
    private final NamedParameterJdbcTemplate jdbc;
    private final RectificationDeadlines deadlines;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    WorkOrders(WorkOrderRepository orders, EvaluationQueries evaluations, StatisticsLedger statistics, NamedParameterJdbcTemplate jdbc,
               TimeLimitClock timeLimits, ReviewProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.orders = orders;
        this.evaluations = evaluations;
        this.statistics = statistics;
        this.jdbc = jdbc;
        this.clock = clock;
        this.deadlines = new RectificationDeadlines(timeLimits, properties.returnVisitWorkingDays(),
                properties.rectificationWorkingDays());
    }

    /**
     * A negative rating opens the order in the rating's own transaction (and inside its statistics
     * tracking), so no negative can exist without one. A negative follow-up after a negative first
     * evaluation adds nothing: the service already has its order.
     */
    @EventListener
    public void on(EvaluationSubmitted submitted) {
        if (!submitted.negative() || orders.findByInvitationId(submitted.invitationId()).isPresent()) {
            return;
        }
        WorkOrder order = orders.save(WorkOrder.openFor(submitted.evaluationId(), submitted.invitationId(), submitted.orgCode(),
                submitted.regionCode(), Level.valueOf(submitted.level()), submitted.evaluatorIdHash() != null,
                deadlines, submitted.occurredAt()));
        events.publishEvent(new WorkOrderOpened(order.id(), order.evaluationId(), order.orgCode(), order.regionCode(),
                order.openedAt(), order.verificationDueAt(), order.rectificationDueAt()));
    }

    /** An upheld appeal stops the order of the excluded evaluation (its statistics already left with it). */
    @EventListener
    public void on(EvaluationExcluded excluded) {
        orders.findByEvaluationId(excluded.evaluationId()).ifPresent(order -> {
            order.withdraw(excluded.occurredAt());
            orders.save(order);
        });
    }

    @Transactional
    public WorkOrderView verify(Actor actor, UUID id, String finding) {
        return step(actor, id, order -> order.verify(finding, actor.subject(), clock.instant()));
    }

    @Transactional
    public WorkOrderView rectify(Actor actor, UUID id, String actions) {
        return step(actor, id, order -> order.rectify(actions, actor.subject(), clock.instant()));
    }

    @Transactional
    public WorkOrderView reply(Actor actor, UUID id, String text) {
        WorkOrderView replied = step(actor, id, order -> order.reply(text, actor.subject(), clock.instant(), deadlines));
        events.publishEvent(new RectificationReplied(replied.id(), replied.evaluationId(), replied.orgCode(),
                replied.regionCode(), clock.instant()));
        return replied;
    }

    @Transactional
    public WorkOrderView recordReturnVisit(Actor actor, UUID id, Level satisfaction, String note) {
        return step(actor, id, order -> order.recordReturnVisit(satisfaction, note, actor.subject(), clock.instant()));
    }

    /**
     * The handling of an evaluation as whoever may see the evaluation sees it — in particular the
     * evaluator, who is owed the reply (答复). 404 when there is no such evaluation for the caller or
     * nothing to rectify.
     */
    @Transactional(readOnly = true)
    public RectificationView forEvaluation(Actor actor, UUID evaluationId) {
        evaluations.get(actor, evaluationId);
        return orders.findByEvaluationId(evaluationId)
                .map(order -> new RectificationView(order.status().name(), order.rectificationDueAt(), order.rectifiedAt(),
                        order.rectificationActions(), order.repliedAt(), order.replyText(), order.returnVisitedAt()))
                .orElseThrow(() -> Problems.notFound("review.work-order.not-found", evaluationId));
    }

    @Transactional(readOnly = true)
    public WorkOrderView get(Actor actor, UUID id) {
        return orders.findById(id).filter(order -> maySee(actor, order)).map(order -> view(order, clock.instant()))
                .orElseThrow(() -> Problems.notFound("review.work-order.not-found", id));
    }

    /** Staff: their organisation's orders; supervisors: their region's, e.g. only the escalated ones. */
    @Transactional(readOnly = true)
    public PageOf<WorkOrderView> list(Actor actor, boolean openOnly, boolean escalatedOnly, int page, int size) {
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
        if (openOnly) {
            where += " AND status NOT IN ('CLOSED', 'WITHDRAWN')";
        }
        if (escalatedOnly) {
            where += " AND escalated_at IS NOT NULL";
        }
        int limit = PageOf.size(size);
        parameters.addValue("limit", limit).addValue("offset", PageOf.offset(page, size));
        List<UUID> ids = jdbc.queryForList("SELECT id FROM work_order WHERE " + where
                + " ORDER BY opened_at DESC, id LIMIT :limit OFFSET :offset", parameters, UUID.class);
        Long total = jdbc.queryForObject("SELECT count(*) FROM work_order WHERE " + where, parameters, Long.class);
        Instant now = clock.instant();
        return new PageOf<>(ids.stream().map(orderId -> view(orders.findById(orderId).orElseThrow(), now)).toList(),
                page, limit, total == null ? 0 : total);
    }

    private WorkOrderView step(Actor actor, UUID id, Consumer<WorkOrder> change) {
        WorkOrder order = orders.findById(id).filter(found -> maySee(actor, found))
                .orElseThrow(() -> Problems.notFound("review.work-order.not-found", id));
        if (!Access.managesForOrg(actor, order.orgCode())) {
            throw Problems.forbidden("review.work-order.org-staff-only");
        }
        statistics.track(order.invitationId(), () -> {
            change.accept(order);
            try {
                return orders.save(order);
            } catch (OptimisticLockingFailureException | DbActionExecutionException race) {
                // Two people took a step on the same order at once: the second sees the conflict, not a 500.
                throw Problems.conflict("review.concurrent-change");
            }
        });
        return view(order, clock.instant());
    }

    private static boolean maySee(Actor actor, WorkOrder order) {
        return Access.actsForOrg(actor, order.orgCode()) || Access.supervises(actor, order.regionCode());
    }

    static WorkOrderView view(WorkOrder order, Instant now) {
        return new WorkOrderView(order.id(), order.evaluationId(), order.orgCode(), order.regionCode(),
                order.level().name(), order.realName(), order.status().name(), order.openedAt(), order.currentDueAt(),
                order.isOverdue(now), order.verificationDueAt(), order.rectificationDueAt(), order.returnVisitDueAt(),
                order.verifiedAt() == null ? null : new WorkOrderView.Step(order.verifiedAt(), order.verificationFinding()),
                order.rectifiedAt() == null ? null : new WorkOrderView.Step(order.rectifiedAt(), order.rectificationActions()),
                order.repliedAt() == null ? null : new WorkOrderView.Step(order.repliedAt(), order.replyText()),
                order.returnVisitedAt() == null ? null : new WorkOrderView.ReturnVisit(order.returnVisitedAt(),
                        order.returnVisitSatisfaction().name(), order.returnVisitNote()),
                order.escalatedAt(), order.escalatedStep() == null ? null : order.escalatedStep().name(),
                order.escalations(), order.closedAt());
    }
}
