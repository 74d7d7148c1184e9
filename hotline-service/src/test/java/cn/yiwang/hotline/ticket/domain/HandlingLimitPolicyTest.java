package cn.yiwang.hotline.ticket.domain;

import cn.yiwang.common.calendar.TimeLimit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandlingLimitPolicyTest {

    private final HandlingLimitPolicy policy = new HandlingLimitPolicy(List.of(
            new HandlingLimitPolicy.Rule(null, null, null, TimeLimit.workingDays(5)),
            new HandlingLimitPolicy.Rule(TicketType.SUGGESTION, null, null, TimeLimit.workingDays(15)),
            new HandlingLimitPolicy.Rule(null, Urgency.EMERGENCY, null, TimeLimit.hours(2)),
            new HandlingLimitPolicy.Rule(null, null, "utility", TimeLimit.hours(24))));

    @Test
    void anOrdinaryComplaintGetsTheDefaultLimit() {
        assertThat(policy.limitFor(TicketType.COMPLAINT, Urgency.NORMAL, "city.sanitation")).isEqualTo(TimeLimit.workingDays(5));
    }

    @Test
    void anEmergencyIsDueInHoursWhateverItsType() {
        assertThat(policy.limitFor(TicketType.SUGGESTION, Urgency.EMERGENCY, "city.road")).isEqualTo(TimeLimit.hours(2));
    }

    @Test
    void aCategoryRuleCoversTheSubcategoriesAndWinsOverUrgency() {
        assertThat(policy.limitFor(TicketType.HELP, Urgency.EMERGENCY, "utility.water")).isEqualTo(TimeLimit.hours(24));
        assertThat(policy.limitFor(TicketType.HELP, Urgency.NORMAL, "utilityx")).isEqualTo(TimeLimit.workingDays(5));
    }

    @Test
    void limitsWithoutADefaultRuleAreRefused() {
        assertThatThrownBy(() -> new HandlingLimitPolicy(List.of(
                new HandlingLimitPolicy.Rule(TicketType.HELP, null, null, TimeLimit.hours(24)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
