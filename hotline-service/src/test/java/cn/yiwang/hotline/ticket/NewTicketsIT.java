package cn.yiwang.hotline.ticket;

import cn.yiwang.common.calendar.TimeLimit;
import cn.yiwang.common.calendar.TimeLimitClock;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import cn.yiwang.hotline.ticket.domain.By;
import cn.yiwang.hotline.ticket.domain.Channel;
import cn.yiwang.hotline.ticket.domain.Department;
import cn.yiwang.hotline.ticket.domain.Ticket;
import cn.yiwang.hotline.ticket.domain.TicketRepository;
import cn.yiwang.hotline.ticket.domain.TicketStatus;
import cn.yiwang.hotline.ticket.domain.TicketType;
import cn.yiwang.hotline.ticket.domain.Urgency;
import cn.yiwang.hotline.triage.EmergencyLine;
import cn.yiwang.hotline.triage.TriageResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake stores a new ticket with its own statements instead of the repository's save: what it writes
 * must be exactly what the repository reads back, and the repository must go on from there (every later
 * step of the ticket is saved by the repository).
 */
class NewTicketsIT extends HotlineIntegrationTest {

    @Autowired
    NewTickets newTickets;
    @Autowired
    TicketRepository tickets;
    @Autowired
    TimeLimitClock limitClock;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aTicketStoredAtIntakeReadsBackFieldForFieldThroughTheRepository() {
        Ticket taken = dispatchedTicketWithEveryIntakeField();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> newTickets.insert(taken));

        Ticket read = tickets.findById(taken.id()).orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("version").isEqualTo(taken);
        assertThat(read.version()).isZero();
        assertThat(read.steps()).hasSize(2);
    }

    @Test
    void theRepositorySavesTheNextStepOfATicketStoredAtIntake() {
        Ticket taken = dispatchedTicketWithEveryIntakeField();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> newTickets.insert(taken));

        Ticket read = tickets.findById(taken.id()).orElseThrow();
        read.accept(new By("dept-aiwei", AIWEI), Instant.parse("2026-11-23T02:00:00Z"));
        tickets.save(read);

        Ticket accepted = tickets.findById(taken.id()).orElseThrow();
        assertThat(accepted.status()).isEqualTo(TicketStatus.IN_HANDLING);
        assertThat(accepted.steps()).hasSize(3);
        assertThat(accepted.version()).isEqualTo(1);
    }

    private Ticket dispatchedTicketWithEveryIntakeField() {
        Instant at = Instant.parse("2026-11-23T01:00:00Z");
        Ticket.Intake intake = new Ticket.Intake(Channel.PARTNER, TicketType.COMPLAINT, "env.vector.rats", MEI,
                "眉县首善镇中街8号", 34.2756, 107.7512, "小区垃圾站附近老鼠很多", Urgency.URGENT, "https://example.org/m.jpg",
                "APP-2026-0001", "meixian-app");
        Ticket.Caller caller = new Ticket.Caller("id-hash", "name-cipher", "phone-cipher", "phone-hash", "address-cipher");
        Ticket ticket = Ticket.register(UUID.randomUUID().toString(), "GD20261123" + System.nanoTime() % 1_000_000, intake,
                caller, new TriageResult(EmergencyLine.POLICE_110, null), new By("partner-meixian-app", null), at);
        ticket.dispatch(new Department(AIWEI, "眉县爱国卫生运动委员会办公室"), List.of(CITY_MANAGEMENT, HOUSING),
                new TimeLimit(24, TimeLimit.Unit.HOURS), limitClock, TicketCommands.AUTO_DISPATCH, at);
        return ticket;
    }
}
