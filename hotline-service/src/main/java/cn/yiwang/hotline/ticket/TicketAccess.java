package cn.yiwang.hotline.ticket;

import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.hotline.ticket.domain.Ticket;
import cn.yiwang.hotline.ticket.domain.TicketType;

/**
 * Who sees which ticket (ARCHITECTURE.md "Identity and access"): callers their own; agents,
 * dispatchers and supervisors their centre's region; departments the tickets dispatched to them
 * (lead or assisting); partner systems the tickets they sent, in their region. Anyone else is told
 * the ticket does not exist (404), so ticket ids cannot be probed.
 */
public final class TicketAccess {

    private TicketAccess() {
    }

    public static boolean isCentreStaff(Actor actor) {
        return actor.hasAnyRole(Roles.HOTLINE_AGENT, Roles.HOTLINE_DISPATCHER, Roles.SUPERVISOR);
    }

    public static boolean canSee(Actor actor, Ticket ticket) {
        if (actor.owns(ticket.callerIdHash())) {
            return true;
        }
        if (isCentreStaff(actor) && actor.coversRegion(ticket.regionCode())) {
            return true;
        }
        if (actor.hasRole(Roles.DEPT_ADMIN) && ticket.isHandledBy(actor.orgCode())) {
            return true;
        }
        return actor.hasRole(Roles.PARTNER_SYSTEM) && actor.clientId() != null
                && actor.clientId().equals(ticket.partnerId()) && actor.coversRegion(ticket.regionCode());
    }

    /**
     * Whether the caller's contact may be shown in clear: to the caller and the centre. A
     * department gets it masked (it calls back through the centre), and a reporter's identity is
     * hidden from departments altogether.
     */
    public static boolean mayReadCallerContact(Actor actor, Ticket ticket) {
        return actor.owns(ticket.callerIdHash()) || (isCentreStaff(actor) && actor.coversRegion(ticket.regionCode()));
    }

    public static boolean hidesCallerEntirely(Actor actor, Ticket ticket) {
        return ticket.type() == TicketType.REPORT && !mayReadCallerContact(actor, ticket);
    }
}
