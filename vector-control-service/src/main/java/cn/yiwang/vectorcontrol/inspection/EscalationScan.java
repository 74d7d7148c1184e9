package cn.yiwang.vectorcontrol.inspection;

import cn.yiwang.vectorcontrol.inspection.domain.InspectionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Escalates rectification orders left open past their deadline to the region's 爱卫办 (Art. 31
 * supervision). Each order is escalated in its own transaction, once; a new deadline after a failed
 * re-inspection makes it escalable again. Running on several instances is harmless: the optimistic
 * version lets only one of them escalate an order.
 */
@Component
public class EscalationScan {

    private static final Logger log = LoggerFactory.getLogger(EscalationScan.class);

    private final InspectionRepository inspections;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EscalationScan(InspectionRepository inspections, TransactionTemplate transactions, Clock clock) {
        this.inspections = inspections;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${yiwang.vector-control.escalation-scan-interval:PT15M}",
            initialDelayString = "${yiwang.vector-control.escalation-scan-initial-delay:PT1M}")
    public int escalateOverdue() {
        LocalDate today = LocalDate.now(clock);
        int escalated = 0;
        for (UUID id : inspections.findOverdueUnescalated(today)) {
            Boolean done = transactions.execute(status -> inspections.findById(id)
                    .filter(inspection -> inspection.escalateIfOverdue(today, clock.instant()))
                    .map(inspection -> inspections.save(inspection) != null)
                    .orElse(false));
            if (Boolean.TRUE.equals(done)) {
                escalated++;
            }
        }
        if (escalated > 0) {
            log.info("escalated {} overdue rectification orders to the patriotic-health office", escalated);
        }
        return escalated;
    }
}
