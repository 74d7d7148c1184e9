package cn.yiwang.vectorcontrol.organisation.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Art. 25: an organisation is publicly listed only while it meets every condition. */
class ServiceOrganisationTest {

    private static final Set<Art25Condition> DECLARABLE = EnumSet.of(Art25Condition.QUALIFICATION,
            Art25Condition.PROCEDURES, Art25Condition.PREMISES_AND_STORES, Art25Condition.PRICING);

    private static ServiceOrganisation declaring(Set<Art25Condition> declared) {
        return ServiceOrganisation.register("91610300MA6X00004Y", "宝鸡洁康有害生物防制有限公司", "610300", "宝鸡市渭滨区",
                "0917-1234567", declared, Instant.now());
    }

    @Test
    void anOrganisationMeetingEveryConditionIsListedOnlyOnceThePatrioticHealthOfficeHasVerifiedIt() {
        ServiceOrganisation organisation = declaring(DECLARABLE);
        assertThat(organisation.listable(2, 2)).as("self-declared only").isFalse();
        assertThat(organisation.verification()).isEqualTo(Verification.PENDING);

        organisation.verify(2, 2, "现场核查资质、库房、价目表齐全", "aiwei-officer-1", Instant.parse("2026-05-06T02:00:00Z"));

        assertThat(organisation.listable(2, 2)).isTrue();
        assertThat(organisation.verifiedBy()).isEqualTo("aiwei-officer-1");
        assertThat(organisation.listable(1, 2)).as("a verified company that loses a trained technician drops off").isFalse();
    }

    @Test
    void anOrganisationMissingAConditionCannotBeVerifiedAndARejectionNeedsAReason() {
        ServiceOrganisation organisation = declaring(DECLARABLE);

        assertThatThrownBy(() -> organisation.verify(1, 2, null, "aiwei-officer-1", Instant.now()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> organisation.reject(" ", "aiwei-officer-1", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
        organisation.reject("农药库房未与办公区分离", "aiwei-officer-1", Instant.now());
        assertThat(organisation.verification()).isEqualTo(Verification.REJECTED);
        assertThat(organisation.verificationNote()).isEqualTo("农药库房未与办公区分离");
        assertThat(organisation.listable(2, 2)).isFalse();
    }

    @Test
    void aNewDeclarationNeedsVerifyingAgain() {
        ServiceOrganisation organisation = declaring(DECLARABLE);
        organisation.verify(2, 2, null, "aiwei-officer-1", Instant.now());

        organisation.declare(DECLARABLE);

        assertThat(organisation.verification()).isEqualTo(Verification.PENDING);
        assertThat(organisation.listable(2, 2)).isFalse();
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
