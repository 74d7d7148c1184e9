package cn.yiwang.hotline.triage;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TriageRulesTest {

    private final TriageRules rules = new TriageRules(
            Map.of(EmergencyLine.FIRE_119, List.of("着火", "fire"), EmergencyLine.TRAFFIC_122, List.of("车祸")),
            Map.of(LegalRoute.ARBITRATION, List.of("仲裁"), LegalRoute.LITIGATION, List.of("法院")));

    @Test
    void aFireIsFlaggedFor119() {
        assertThat(rules.triage("楼下垃圾堆着火了").emergencyLine()).isEqualTo(EmergencyLine.FIRE_119);
    }

    @Test
    void wordsMatchWhateverTheCase() {
        assertThat(rules.triage("There is a FIRE in the market").isEmergency()).isTrue();
    }

    @Test
    void aWageDisputeForArbitrationGetsTheLegalRoute() {
        TriageResult result = rules.triage("公司拖欠工资，我想申请劳动仲裁");

        assertThat(result.legalRoute()).isEqualTo(LegalRoute.ARBITRATION);
        assertThat(result.isEmergency()).isFalse();
    }

    @Test
    void anEmergencyWinsOverALegalRoute() {
        TriageResult result = rules.triage("车祸对方逃逸，我要去法院告他");

        assertThat(result.emergencyLine()).isEqualTo(EmergencyLine.TRAFFIC_122);
        assertThat(result.legalRoute()).isNull();
    }

    @Test
    void anOrdinaryRequestRaisesNoFlag() {
        assertThat(rules.triage("路灯不亮")).isEqualTo(TriageResult.none());
        assertThat(rules.triage(null)).isEqualTo(TriageResult.none());
    }
}
