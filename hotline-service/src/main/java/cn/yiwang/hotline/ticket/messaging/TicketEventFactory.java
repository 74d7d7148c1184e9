package cn.yiwang.hotline.ticket.messaging;

import cn.yiwang.hotline.category.Category;
import cn.yiwang.hotline.ticket.domain.By;
import cn.yiwang.hotline.ticket.domain.Ticket;
import cn.yiwang.hotline.ticket.domain.TicketStep;
import cn.yiwang.hotline.ticket.messaging.TicketEventsV1.TicketClosed;
import cn.yiwang.hotline.ticket.messaging.TicketEventsV1.TicketCreated;
import cn.yiwang.hotline.ticket.messaging.TicketEventsV1.TicketDispatched;
import cn.yiwang.hotline.ticket.messaging.TicketEventsV1.TicketEvent;
import cn.yiwang.hotline.ticket.messaging.TicketEventsV1.TicketLinked;
import cn.yiwang.hotline.ticket.messaging.TicketEventsV1.TicketMerged;
import cn.yiwang.hotline.ticket.messaging.TicketEventsV1.TicketReopened;
import cn.yiwang.hotline.ticket.messaging.TicketEventsV1.TicketReplied;
import cn.yiwang.hotline.ticket.messaging.TicketEventsV1.TicketReturned;
import cn.yiwang.hotline.ticket.messaging.TicketEventsV1.TicketSupervised;
import cn.yiwang.hotline.ticket.messaging.TicketEventsV1.TicketTransferred;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a step of a ticket's timeline into the event other services hear about. Steps that matter
 * only inside the centre (acceptance, extensions, visits) publish nothing.
 */
public final class TicketEventFactory {

    private TicketEventFactory() {
    }

    public static Optional<TicketEvent> of(Ticket ticket, TicketStep step, Category category) {
        UUID id = UUID.randomUUID();
        String t = ticket.id();
        String n = ticket.number();
        String r = ticket.regionCode();
        TicketEvent event = switch (step.action()) {
            case REGISTERED -> new TicketCreated(id, t, n, r, step.at(), ticket.channel().name(), ticket.type().name(),
                    ticket.categoryCode(), ticket.urgency().name(),
                    ticket.emergencyLine() == null ? null : ticket.emergencyLine().name(), ticket.latitude(), ticket.longitude());
            case DISPATCHED, REASSIGNED, OWNERSHIP_DECIDED -> new TicketDispatched(id, t, n, r, step.at(), step.action().name(),
                    ticket.type().name(), ticket.urgency().name(), ticket.categoryCode(),
                    category == null ? null : category.name(Locale.SIMPLIFIED_CHINESE),
                    category == null ? null : category.vectorSpecies(), ticket.description(), ticket.location(),
                    ticket.latitude(), ticket.longitude(), ticket.leadOrgCode(), ticket.leadOrgName(), ticket.assistingOrgs(),
                    ticket.dueAt());
            case RETURNED -> new TicketReturned(id, t, n, r, step.at(), step.actorOrg(), step.note());
            case REPLIED -> new TicketReplied(id, t, n, r, step.at(), step.actorOrg(), ticket.reply(),
                    Boolean.TRUE.equals(ticket.repliedOnTime()));
            case REOPENED -> new TicketReopened(id, t, n, r, step.at(), ticket.leadOrgCode(), ticket.reopenCount(), ticket.dueAt());
            case SUPERVISED, ESCALATED -> new TicketSupervised(id, t, n, r, step.at(), ticket.leadOrgCode(),
                    ticket.supervisionLevel(), ticket.dueAt(),
                    ticket.escalationStep() == null ? null : ticket.escalationStep().name(), ticket.escalationOrgCode(),
                    ticket.escalationRegionCode(), By.SUPERVISION_SWEEP.subject().equals(step.actorSubject())
                            ? "OVERDUE" : "SUPERVISOR", step.note());
            case JOINT_HANDLING_STARTED -> new TicketLinked(id, t, n, r, step.at(), "110", ticket.jointPoliceReference());
            case TRANSFERRED -> new TicketTransferred(id, t, n, r, step.at(), ticket.transferredTo().number(),
                    ticket.transferReference());
            case MERGED -> new TicketMerged(id, t, n, r, step.at(), ticket.mergedInto());
            case CLOSED -> new TicketClosed(id, t, n, r, step.at(), ticket.answer() != null ? "ANSWERED" : "HANDLED",
                    ticket.type().name(), ticket.categoryCode(), ticket.channel().name(), ticket.leadOrgCode(),
                    ticket.leadOrgName(), ticket.callerIdHash(),
                    ticket.satisfaction() == null ? null : ticket.satisfaction().name(), ticket.resolved(),
                    ticket.repliedOnTime());
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
