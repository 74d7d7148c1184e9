package cn.yiwang.hotline.ticket.messaging;

import cn.yiwang.common.calendar.TimeLimit;
import cn.yiwang.common.calendar.TimeLimitClock;
import cn.yiwang.common.calendar.WorkingDayCalendar;
import cn.yiwang.hotline.category.Category;
import cn.yiwang.hotline.ticket.domain.By;
import cn.yiwang.hotline.ticket.domain.Channel;
import cn.yiwang.hotline.ticket.domain.Department;
import cn.yiwang.hotline.ticket.domain.EscalationChain;
import cn.yiwang.hotline.ticket.domain.StepAction;
import cn.yiwang.hotline.ticket.domain.Ticket;
import cn.yiwang.hotline.ticket.domain.TicketStep;
import cn.yiwang.hotline.ticket.domain.TicketType;
import cn.yiwang.hotline.ticket.domain.Urgency;
import cn.yiwang.hotline.ticket.messaging.TicketEventsV1.TicketDispatched;
import cn.yiwang.hotline.triage.TriageResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TicketEventFactoryTest {

    private static final Category RATS = new Category("env.vector.rats", "env.vector", "鼠害", "Rats", null, null, null,
            "RATS", true, false, false, null, null);
    private static final By AGENT = new By("agent", "12610326MB0000001X");
    private final Instant now = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void aDispatchedRatTicketCarriesTheSpeciesSoVectorControlTakesItAsAComplaint() {
        Ticket ticket = ratTicket();
        ticket.dispatch(new Department("11610326MB04000049", "眉县爱卫办"), List.of(), TimeLimit.workingDays(5),
                new TimeLimitClock(WorkingDayCalendar.shipped()), AGENT, now);

        TicketDispatched event = (TicketDispatched) TicketEventFactory.of(ticket, last(ticket), RATS).orElseThrow();

        assertThat(event.vectorSpecies()).isEqualTo("RATS");
        assertThat(event.categoryName()).isEqualTo("鼠害");
        assertThat(event.aggregateId()).isEqualTo(ticket.id());
        assertThat(event.topic()).isEqualTo("hotline.ticket.v1");
        assertThat(event.type()).isEqualTo("yiwang.ticket.dispatched.v1");
        assertThat(event.dueAt()).isEqualTo(ticket.dueAt());
    }

    @Test
    void anEscalationByTheOverdueSweepSaysSoAndOneByASupervisorSaysThat() {
        Ticket ticket = ratTicket();
        ticket.dispatch(new Department("11610326MB04000049", "眉县爱卫办"), List.of(), TimeLimit.workingDays(5),
                new TimeLimitClock(WorkingDayCalendar.shipped()), AGENT, now);
        ticket.supervise("请加快办理", EscalationChain.defaultChain(), new By("supervisor-mei", null), now);
        TicketEventsV1.TicketSupervised byPerson = (TicketEventsV1.TicketSupervised) TicketEventFactory.of(ticket,
                last(ticket), RATS).orElseThrow();
        ticket.supervise("overdue", EscalationChain.defaultChain(), By.SUPERVISION_SWEEP, now.plusSeconds(60));
        TicketEventsV1.TicketSupervised bySweep = (TicketEventsV1.TicketSupervised) TicketEventFactory.of(ticket,
                last(ticket), RATS).orElseThrow();

        assertThat(byPerson.reason()).isEqualTo("SUPERVISOR");
        assertThat(byPerson.note()).isEqualTo("DEPARTMENT 11610326MB04000049: 请加快办理");
        assertThat(bySweep.reason()).isEqualTo("OVERDUE");
        assertThat(bySweep.escalationStep()).isEqualTo("REGION_SUPERVISOR");
        assertThat(bySweep.notifyRegionCode()).isEqualTo("610326");
    }

    @Test
    void stepsThatStayInsideTheCentrePublishNothing() {
        Ticket ticket = ratTicket();
        ticket.dispatch(new Department("11610326MB04000049", "眉县爱卫办"), List.of(), TimeLimit.workingDays(5),
                new TimeLimitClock(WorkingDayCalendar.shipped()), AGENT, now);
        ticket.accept(new By("dept", "11610326MB04000049"), now);

        assertThat(last(ticket).action()).isEqualTo(StepAction.ACCEPTED);
        assertThat(TicketEventFactory.of(ticket, last(ticket), RATS)).isEmpty();
    }

    @Test
    void aConsultationAnsweredOnTheSpotClosesAsAnsweredForTheCallersEvaluation() {
        Ticket ticket = Ticket.register("t-ask-1", "GD20261123000002", new Ticket.Intake(Channel.WEB, TicketType.CONSULTATION,
                        "gov.service", "610326", null, null, null, "居住证怎么办", Urgency.NORMAL, null, null, null),
                new Ticket.Caller("id-hash-of-caller", null, null, null, null), TriageResult.none(), AGENT, now);
        ticket.answerDirectly("到派出所户籍窗口办理", AGENT, now);

        TicketEventsV1.TicketClosed closed = (TicketEventsV1.TicketClosed) TicketEventFactory.of(ticket, last(ticket), null)
                .orElseThrow();

        assertThat(closed.outcome()).isEqualTo("ANSWERED");
        assertThat(closed.callerIdHash()).isEqualTo("id-hash-of-caller");
        assertThat(closed.channel()).isEqualTo("WEB");
    }

    private Ticket ratTicket() {
        return Ticket.register("t-rats-1", "GD20261123000001", new Ticket.Intake(Channel.PHONE, TicketType.COMPLAINT,
                        "env.vector.rats", "610326", "农贸市场", 34.27, 107.75, "老鼠多", Urgency.NORMAL, null, null, null),
                Ticket.Caller.anonymous(), TriageResult.none(), AGENT, now);
    }

    private static TicketStep last(Ticket ticket) {
        return ticket.steps().get(ticket.steps().size() - 1);
    }
}
