package cn.yiwang.vectorcontrol.inspection.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inspections and rectification orders (Art. 30–31). */
class InspectionTest {

    private static final LocalDate INSPECTED = LocalDate.of(2026, 6, 1);
    private static final List<Inspection.Finding> RAT_DROPPINGS =
            List.of(new Inspection.Finding("RAT", "后厨墙角发现鼠粪，挡鼠板缺失"));

    private static Inspection withFindings() {
        return Inspection.record(UUID.randomUUID(), "610326", "MARKET_REGULATION", "11610326MB0000001M", "inspector-1",
                INSPECTED, null, RAT_DROPPINGS, INSPECTED.plusDays(10));
    }

    @Test
    void anInspectionWithoutFindingsPassesAndOrdersNothing() {
        Inspection inspection = Inspection.record(UUID.randomUUID(), "610326", "HEALTH", "org", "inspector-1", INSPECTED,
                null, List.of(), null);
        assertThat(inspection.status()).isEqualTo(InspectionStatus.PASSED);
        assertThat(inspection.overdueOn(INSPECTED.plusYears(1))).isFalse();
    }

    @Test
    void findingsOrderRectificationByADeadline() {
        assertThat(withFindings().status()).isEqualTo(InspectionStatus.RECTIFICATION_ORDERED);
        assertThatThrownBy(() -> Inspection.record(UUID.randomUUID(), "610326", "HEALTH", "org", "i", INSPECTED, null,
                RAT_DROPPINGS, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAPassingReinspectionClosesTheOrder() {
        Inspection inspection = withFindings();
        inspection.reinspect(false, INSPECTED.plusDays(10), INSPECTED.plusDays(20));
        assertThat(inspection.status()).isEqualTo(InspectionStatus.RECTIFICATION_ORDERED);
        assertThat(inspection.rectificationDeadline()).isEqualTo(INSPECTED.plusDays(20));

        inspection.reinspect(true, INSPECTED.plusDays(19), null);

        assertThat(inspection.status()).isEqualTo(InspectionStatus.CLOSED);
        assertThat(inspection.reinspections()).isEqualTo(2);
        assertThat(inspection.overdueOn(INSPECTED.plusDays(30))).isFalse();
    }

    @Test
    void anOverdueOrderIsEscalatedOnceAndAgainAfterANewDeadlineIsMissed() {
        Inspection inspection = withFindings();
        assertThat(inspection.escalateIfOverdue(INSPECTED.plusDays(10), Instant.now())).isFalse();
        assertThat(inspection.escalateIfOverdue(INSPECTED.plusDays(11), Instant.now())).isTrue();
        assertThat(inspection.escalateIfOverdue(INSPECTED.plusDays(12), Instant.now())).isFalse();

        inspection.reinspect(false, INSPECTED.plusDays(12), INSPECTED.plusDays(15));

        assertThat(inspection.escalatedAt()).isNull();
        assertThat(inspection.escalateIfOverdue(INSPECTED.plusDays(16), Instant.now())).isTrue();
    }

    @Test
    void aClosedOrderCannotBeReinspected() {
        Inspection inspection = withFindings();
        inspection.reinspect(true, INSPECTED.plusDays(3), null);
        assertThatThrownBy(() -> inspection.reinspect(true, INSPECTED.plusDays(4), null)).isInstanceOf(IllegalStateException.class);
    }
}
