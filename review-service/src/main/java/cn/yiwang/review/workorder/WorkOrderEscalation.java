package cn.yiwang.review.workorder;

import cn.yiwang.review.workorder.domain.WorkOrder;
import cn.yiwang.review.workorder.domain.WorkOrderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Escalates overdue work orders to the supervisor of their region (issue 6). Safe with several
 * instances: the overdue orders are locked with {@code FOR UPDATE SKIP LOCKED}, so an order is
 * escalated by exactly one instance, and the order itself refuses a second escalation of one step.
 */
@Component
public class WorkOrderEscalation {

    private static final Logger log = LoggerFactory.getLogger(WorkOrderEscalation.class);

    private static final String OVERDUE = """
            SELECT id FROM work_order
            WHERE status IN ('AWAITING_VERIFICATION', 'AWAITING_RECTIFICATION', 'AWAITING_REPLY', 'AWAITING_RETURN_VISIT')
              AND (escalated_step IS NULL OR escalated_step <> status)
              AND CASE status WHEN 'AWAITING_VERIFICATION' THEN verification_due_at
                              WHEN 'AWAITING_RETURN_VISIT' THEN return_visit_due_at
                              ELSE rectification_due_at END <= ?
            ORDER BY opened_at LIMIT 200
            FOR UPDATE SKIP LOCKED""";

    private final JdbcTemplate jdbc;
    private final WorkOrderRepository orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkOrderEscalation(JdbcTemplate jdbc, WorkOrderRepository orders, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${yiwang.review.escalation-interval:5m}", initialDelayString = "${yiwang.review.escalation-interval:5m}")
    public void scheduled() {
        escalateOverdue(clock.instant());
    }

    /** @return the ids of the orders this run escalated */
    @Transactional
    public List<UUID> escalateOverdue(Instant now) {
        List<UUID> overdue = jdbc.queryForList(OVERDUE, UUID.class, Timestamp.from(now));
        List<UUID> escalated = overdue.stream().filter(id -> {
            WorkOrder order = orders.findById(id).orElseThrow();
            if (!order.escalateIfOverdue(now)) {
                return false;
            }
            orders.save(order);
            events.publishEvent(new RectificationEscalated(UUID.randomUUID(), order.evaluationId(), order.id(),
                    order.orgCode(), order.regionCode(), order.status().name(), order.currentDueAt(), order.escalations(), now));
            log.info("Work order {} of organisation {} is overdue in step {}: escalated to the supervisor of region {}",
                    order.id(), order.orgCode(), order.status(), order.regionCode());
            return true;
        }).toList();
        return escalated;
    }
}
