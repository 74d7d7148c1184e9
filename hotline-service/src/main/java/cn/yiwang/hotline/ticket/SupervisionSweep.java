package cn.yiwang.hotline.ticket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the overdue sweep on a schedule ({@code yiwang.hotline.tickets.sweep-interval}), so no
 * overdue ticket waits for someone to notice it (督办). Several instances may run it: each ticket
 * is saved with its version, so a ticket two instances supervise at once is supervised once.
 */
@Component
class SupervisionSweep {

    private static final Logger log = LoggerFactory.getLogger(SupervisionSweep.class);

    private final TicketCommands commands;

    SupervisionSweep(TicketCommands commands) {
        this.commands = commands;
    }

    @Scheduled(initialDelayString = "${yiwang.hotline.tickets.sweep-interval:PT10M}",
            fixedDelayString = "${yiwang.hotline.tickets.sweep-interval:PT10M}")
    void sweep() {
        try {
            int supervised = commands.superviseOverdue();
            if (supervised > 0) {
                log.info("supervised or escalated {} overdue tickets", supervised);
            }
        } catch (RuntimeException e) {
            log.warn("overdue sweep failed, next run retries: {}", e.toString());
        }
    }
}
