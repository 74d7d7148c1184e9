package cn.yiwang.hotline.ticket.domain;

import cn.yiwang.common.calendar.TimeLimit;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The handling limit of a ticket by type, urgency and category. GB/T 33358-2016 leaves limits to
 * each locality (e.g. emergencies 2 hours, utilities 24 hours, general 1–7 working days, complex
 * 15 working days), so they are configured rules, never constants: the most specific matching
 * rule wins (category over urgency over type), and a rule without any condition is the default.
 */
public final class HandlingLimitPolicy {

    private final List<Rule> rules;

    public HandlingLimitPolicy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        if (this.rules.stream().noneMatch(Rule::isDefault)) {
            throw new IllegalArgumentException("handling limits need a default rule (no type, urgency or category)");
        }
    }

    public TimeLimit limitFor(TicketType type, Urgency urgency, String categoryCode) {
        return rules.stream()
                .filter(rule -> rule.matches(type, urgency, categoryCode))
                .max(Comparator.comparingInt(Rule::specificity))
                .map(Rule::limit)
                .orElseThrow();
    }

    /**
     * One configured limit. A category rule also matches the category's children (category codes are
     * hierarchical: {@code env.vector} covers {@code env.vector.rats}).
     */
    public record Rule(TicketType type, Urgency urgency, String categoryCode, TimeLimit limit) {

        public Rule {
            Objects.requireNonNull(limit, "limit");
        }

        boolean isDefault() {
            return type == null && urgency == null && categoryCode == null;
        }

        boolean matches(TicketType ticketType, Urgency ticketUrgency, String ticketCategory) {
            return (type == null || type == ticketType)
                    && (urgency == null || urgency == ticketUrgency)
                    && (categoryCode == null || (ticketCategory != null
                    && (ticketCategory.equals(categoryCode) || ticketCategory.startsWith(categoryCode + "."))));
        }

        int specificity() {
            return (categoryCode == null ? 0 : 4) + (urgency == null ? 0 : 2) + (type == null ? 0 : 1);
        }
    }
}
