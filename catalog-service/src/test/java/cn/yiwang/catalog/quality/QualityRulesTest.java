package cn.yiwang.catalog.quality;

import cn.yiwang.catalog.Examples;
import cn.yiwang.catalog.codes.CaseKind;
import cn.yiwang.catalog.codes.CrossRegionScope;
import cn.yiwang.catalog.codes.HandlingForm;
import cn.yiwang.catalog.codes.NearbyDelegation;
import cn.yiwang.catalog.codes.OnlineDepth;
import cn.yiwang.catalog.guide.Fees;
import cn.yiwang.catalog.guide.Guide;
import cn.yiwang.catalog.guide.ServiceGuide;
import cn.yiwang.catalog.guide.TimeLimit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QualityRulesTest {

    private static final QualityProperties ALL_ERRORS = new QualityProperties(
            Map.ofEntries(QualityRules.RULE_IDS.stream().map(rule -> Map.entry(rule, Severity.ERROR))
                    .toArray(Map.Entry[]::new)),
            List.of("name", "legalBasis", "guide.materials", "guide.consultationPhone", "guide.hallEntry"));

    private static ServiceGuide item(Guide guide) {
        return new ServiceGuide(UUID.randomUUID(), Examples.MEI_MARKET_REGULATION + "4610100100000", "610100100000",
                "个体工商户设立登记", "01", "行政许可", "《促进个体工商户发展条例》", "4", "610326", "眉县", "眉县市场监督管理局",
                Examples.MEI_MARKET_REGULATION, "市场监督管理局", 1, null, guide);
    }

    private static List<String> failingRules(Guide guide) {
        return new QualityRules(ALL_ERRORS).check(item(guide)).stream().map(QualityRules.Finding::rule).toList();
    }

    private static Guide with(Guide base, List<HandlingForm> forms, OnlineDepth depth, Integer visits, String reason) {
        return new Guide(base.acceptanceConditions(), base.serviceObjects(), forms, base.caseKind(), base.legalLimit(),
                base.promisedLimit(), base.fees(), base.processSteps(), base.materials(), base.result(), base.place(),
                base.hours(), base.consultationPhone(), base.complaintPhone(), base.onlineUrl(), depth, visits, reason,
                base.crossRegionScope(), base.hallEntry(), base.notInHallReason(), base.nearbyDelegation(),
                base.highFrequency(), base.themes());
    }

    @Test
    void aCompleteConsistentGuidePassesEveryRule() {
        assertThat(failingRules(Examples.completeGuide())).isEmpty();
        assertThat(failingRules(Examples.fullyOnlineGuide())).isEmpty();
    }

    @Test
    void aFullyOnlineItemThatStillNeedsAVisitFails() {
        Guide guide = with(Examples.completeGuide(), List.of(HandlingForm.PC_ONLINE), OnlineDepth.IV, 1, "核验原件");
        assertThat(failingRules(guide)).containsExactly(QualityRules.FULLY_ONLINE_MEANS_NO_VISIT);
    }

    @Test
    void noVisitWithoutFullOnlineHandlingNeedsPostalDelivery() {
        Guide guide = with(Examples.completeGuide(), List.of(HandlingForm.WINDOW, HandlingForm.PC_ONLINE), OnlineDepth.III, 0, null);
        assertThat(failingRules(guide)).containsExactly(QualityRules.NO_VISIT_OFFLINE_NEEDS_POST);
        Guide posted = with(guide, List.of(HandlingForm.WINDOW, HandlingForm.PC_ONLINE, HandlingForm.POST), OnlineDepth.III, 0, null);
        assertThat(failingRules(posted)).isEmpty();
    }

    @Test
    void aRequiredVisitNeedsItsReason() {
        assertThat(failingRules(Examples.guideWithUnexplainedVisit())).containsExactly(QualityRules.VISIT_NEEDS_REASON);
    }

    @Test
    void aChargedItemNeedsBasisAndItems() {
        Guide base = Examples.completeGuide();
        Guide charged = new Guide(base.acceptanceConditions(), base.serviceObjects(), base.handlingForms(),
                base.caseKind(), base.legalLimit(), base.promisedLimit(), new Fees(true, null, List.of()),
                base.processSteps(), base.materials(), base.result(), base.place(), base.hours(),
                base.consultationPhone(), base.complaintPhone(), base.onlineUrl(), base.onlineDepth(), base.visits(),
                base.visitReason(), base.crossRegionScope(), base.hallEntry(), base.notInHallReason(),
                base.nearbyDelegation(), base.highFrequency(), base.themes());
        assertThat(new QualityRules(ALL_ERRORS).check(item(charged))).extracting(QualityRules.Finding::element)
                .containsExactly("guide.fees.basis", "guide.fees.items");
    }

    @Test
    void theComplaintLineMustNotBeTheConsultationLine() {
        Guide base = Examples.completeGuide();
        Guide samePhone = new Guide(base.acceptanceConditions(), base.serviceObjects(), base.handlingForms(),
                base.caseKind(), base.legalLimit(), base.promisedLimit(), base.fees(), base.processSteps(),
                base.materials(), base.result(), base.place(), base.hours(), "0917-5541234", "0917 554 1234",
                base.onlineUrl(), base.onlineDepth(), base.visits(), base.visitReason(), base.crossRegionScope(),
                base.hallEntry(), base.notInHallReason(), base.nearbyDelegation(), base.highFrequency(), base.themes());
        assertThat(failingRules(samePhone)).containsExactly(QualityRules.PHONES_DIFFER);
    }

    @Test
    void anItemOutsideTheHallMustSayWhy() {
        Guide base = Examples.completeGuide();
        Guide outside = new Guide(base.acceptanceConditions(), base.serviceObjects(), base.handlingForms(),
                base.caseKind(), base.legalLimit(), base.promisedLimit(), base.fees(), base.processSteps(),
                base.materials(), base.result(), base.place(), base.hours(), base.consultationPhone(),
                base.complaintPhone(), base.onlineUrl(), base.onlineDepth(), base.visits(), base.visitReason(),
                CrossRegionScope.NONE, false, null, NearbyDelegation.NONE, false, List.of());
        assertThat(failingRules(outside)).containsExactly(QualityRules.NOT_IN_HALL_NEEDS_REASON);
    }

    @Test
    void missingElementsAreNamedOneByOne() {
        Guide empty = new Guide(null, null, null, CaseKind.PROMISED, TimeLimit.workingDays(20), null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, false, null);
        assertThat(new QualityRules(ALL_ERRORS).check(item(empty)))
                .filteredOn(finding -> finding.rule().equals(QualityRules.REQUIRED_ELEMENTS))
                .extracting(QualityRules.Finding::element)
                .containsExactly("guide.materials", "guide.consultationPhone", "guide.hallEntry");
    }

    @Test
    void aRuleSwitchedOffIsNotChecked() {
        QualityProperties visitsOff = new QualityProperties(Map.of(QualityRules.PHONES_DIFFER, Severity.WARNING), List.of());
        assertThat(new QualityRules(visitsOff).check(item(Examples.guideWithUnexplainedVisit()))).isEmpty();
    }

    @Test
    void aWarningIsReportedWithItsSeverity() {
        QualityProperties warnOnly = new QualityProperties(Map.of(QualityRules.VISIT_NEEDS_REASON, Severity.WARNING), List.of());
        assertThat(new QualityRules(warnOnly).check(item(Examples.guideWithUnexplainedVisit())))
                .extracting(QualityRules.Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void aMisspelledRuleInTheConfigurationStopsTheService() {
        assertThatThrownBy(() -> new QualityProperties(Map.of("visits-need-reason", Severity.ERROR), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("visits-need-reason");
        assertThatThrownBy(() -> new QualityProperties(Map.of(), List.of("guide.colour")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("guide.colour");
    }
}
