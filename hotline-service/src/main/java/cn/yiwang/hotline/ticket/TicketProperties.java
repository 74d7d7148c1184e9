package cn.yiwang.hotline.ticket;

import cn.yiwang.common.calendar.TimeLimit;
import cn.yiwang.hotline.ticket.domain.Channel;
import cn.yiwang.hotline.ticket.domain.EscalationChain;
import cn.yiwang.hotline.ticket.domain.HandlingLimitPolicy;
import cn.yiwang.hotline.ticket.domain.TicketType;
import cn.yiwang.hotline.ticket.domain.Urgency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code yiwang.hotline.tickets.*}: the local rules of the centre. GB/T 33358-2016 leaves handling
 * limits to each locality, so they are data here; so are the number of reopenings (重办) a
 * dissatisfied caller gets, the window in which tickets count as duplicates, and how long an
 * overdue ticket stays at one supervision level before it is escalated.
 *
 * @param limits            handling-limit rules; one without type, urgency and category is the default
 * @param maxReopenings     how often a dissatisfied return visit reopens a ticket (1 by default)
 * @param duplicateWindow   same caller, or same place and category, within this window → proposed for merging
 * @param duplicateRadiusMetres "same place" for tickets with coordinates
 * @param escalation        when an overdue ticket that stays overdue is escalated, and to whom
 * @param autoDispatchChannels tickets from these channels go straight to the catalogue's department
 *                          when triage raised no flag (none by default: agents dispatch)
 */
@ConfigurationProperties("yiwang.hotline.tickets")
public record TicketProperties(List<LimitRule> limits,
                               @DefaultValue("1") int maxReopenings,
                               @DefaultValue("72h") Duration duplicateWindow,
                               @DefaultValue("100") double duplicateRadiusMetres,
                               @DefaultValue Escalation escalation,
                               Set<Channel> autoDispatchChannels) {

    public TicketProperties {
        escalation = escalation == null ? new Escalation(1, TimeLimit.Unit.WORKING_DAYS, null) : escalation;
        autoDispatchChannels = autoDispatchChannels == null ? Set.of() : Set.copyOf(autoDispatchChannels);
        limits = limits == null || limits.isEmpty()
                ? List.of(new LimitRule(null, null, null, 5, TimeLimit.Unit.WORKING_DAYS)) : List.copyOf(limits);
    }

    public HandlingLimitPolicy limitPolicy() {
        return new HandlingLimitPolicy(limits.stream()
                .map(rule -> new HandlingLimitPolicy.Rule(rule.type(), rule.urgency(), rule.category(),
                        new TimeLimit(rule.amount(), rule.unit())))
                .toList());
    }

    /**
     * 升级督办: an overdue ticket supervised {@code every} {@code unit} ago (one working day by
     * default, counted on the official calendar) and still overdue goes one rung up {@code chain}.
     */
    public record Escalation(@DefaultValue("1") int every, @DefaultValue("WORKING_DAYS") TimeLimit.Unit unit,
                             List<EscalationChain.Step> chain) {

        public TimeLimit interval() {
            return new TimeLimit(every, unit);
        }

        public EscalationChain escalationChain() {
            return new EscalationChain(chain);
        }
    }

    public record LimitRule(TicketType type, Urgency urgency, String category, int amount, TimeLimit.Unit unit) {
    }
}
