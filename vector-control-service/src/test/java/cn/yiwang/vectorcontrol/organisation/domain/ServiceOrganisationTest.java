package cn.yiwang.vectorcontrol.organisation.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Art. 25: an organisation is publicly listed only while it meets every condition. */
class ServiceOrganisationTest {

    private static final Set<Art25Condition> DECLARABLE = EnumSet.of(Art25Condition.QUALIFICATION,
            Art25Condition.PROCEDURES, Art25Condition.PREMISES_AND_STORES, Art25Condition.PRICING);

    private static ServiceOrganisation declaring(Set<Art25Condition> declared) {
        return ServiceOrganisation.register("91610300MA6X00004Y", "宝鸡洁康有害生物防制有限公司", "610300", "宝鸡市渭滨区",
                "0917-1234567", declared, Instant.now());
    }

    @Test
    void anOrganisationMeetingEveryConditionWithEnoughTrainedTechniciansIsListed() {
        assertThat(declaring(DECLARABLE).listable(2, 2)).isTrue();
    }

    @Test
    void tooFewTrainedTechniciansKeepAnOrganisationOffTheList() {
        ServiceOrganisation organisation = declaring(DECLARABLE);
        assertThat(organisation.listable(1, 2)).isFalse();
        assertThat(organisation.unmetConditions(1, 2)).containsExactly(Art25Condition.TRAINED_TECHNICIANS);
    }

    @Test
    void withdrawingADeclaredConditionTakesTheOrganisationOffTheList() {
        ServiceOrganisation organisation = declaring(DECLARABLE);
        organisation.declare(EnumSet.of(Art25Condition.QUALIFICATION, Art25Condition.PROCEDURES, Art25Condition.PRICING));
        assertThat(organisation.unmetConditions(5, 2)).containsExactly(Art25Condition.PREMISES_AND_STORES);
    }

    @Test
    void trainedTechniciansCannotBeDeclaredOnlyCounted() {
        ServiceOrganisation organisation = declaring(EnumSet.allOf(Art25Condition.class));
        assertThat(organisation.unmetConditions(0, 2)).contains(Art25Condition.TRAINED_TECHNICIANS);
    }

    @Test
    void aTechnicianIsTrainedOnceATrainingIsRecorded() {
        Technician technician = Technician.of(java.util.UUID.randomUUID(), "李师傅", "PCO-2026-001");
        assertThat(technician.trained()).isFalse();
        technician.recordTraining("病媒生物防制员培训", "宝鸡市疾控中心", LocalDate.of(2026, 3, 1), 16);
        assertThat(technician.trained()).isTrue();
    }
}
