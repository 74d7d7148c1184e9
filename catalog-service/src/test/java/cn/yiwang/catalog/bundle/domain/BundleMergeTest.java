package cn.yiwang.catalog.bundle.domain;

import cn.yiwang.catalog.Examples;
import cn.yiwang.catalog.codes.MaterialSource;
import cn.yiwang.catalog.guide.FormField;
import cn.yiwang.catalog.guide.Guide;
import cn.yiwang.catalog.guide.Material;
import cn.yiwang.catalog.guide.ServiceGuide;
import cn.yiwang.catalog.guide.TimeLimit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BundleMergeTest {

    private static ServiceGuide item(String code, String department, Guide guide) {
        return new ServiceGuide(UUID.randomUUID(), code, "610100100000", "事项" + code, "01", "行政许可", "依据", "4",
                "610326", "眉县", "实施主体", Examples.MEI_MARKET_REGULATION, department, 1, Instant.EPOCH, guide);
    }

    private static Guide guide(List<Material> materials, List<FormField> form, int promised, int visits) {
        Guide base = Examples.withLimits(Examples.withMaterials(Examples.completeGuide(), materials),
                TimeLimit.workingDays(20), TimeLimit.workingDays(promised));
        return new Guide(base.acceptanceConditions(), base.serviceObjects(), base.handlingForms(), base.caseKind(),
                base.legalLimit(), base.promisedLimit(), base.fees(), base.processSteps(), base.materials(),
                base.result(), base.place(), base.hours(), base.consultationPhone(), base.complaintPhone(),
                base.onlineUrl(), base.onlineDepth(), visits, "核验原件", base.crossRegionScope(), base.hallEntry(),
                base.notInHallReason(), base.nearbyDelegation(), base.highFrequency(), base.themes(), form);
    }

    private static Material material(String key, int copies, boolean required, boolean commitment) {
        return new Material(key, "材料" + key, "申请人", 1, copies, required, MaterialSource.APPLICANT, null, null, null,
                commitment, commitment);
    }

    private final ServiceGuide licence = item("A", "市场监督管理局", guide(
            List.of(material("id-card", 1, true, false), material("premises-proof", 1, false, true)),
            List.of(new FormField("applicant.name", "申请人姓名", "text", true),
                    new FormField("enterprise.name", "企业名称", "text", false)), 3, 1));
    private final ServiceGuide tax = item("B", "税务局", guide(
            List.of(material("id-card", 2, false, false), material("premises-proof", 0, true, false),
                    material("bank-account", 1, true, false)),
            List.of(new FormField("applicant.name", "姓名", "text", false),
                    new FormField("enterprise.name", "企业名称", "text", true),
                    new FormField("tax.invoiceType", "发票种类", "text", true)), 5, 0));

    private MergedBundle merged() {
        return BundleMerge.merge(UUID.randomUUID(), "企业开办", "610326", "市场监督管理局", null, 1, Instant.EPOCH,
                List.of(licence, tax));
    }

    @Test
    void aMaterialTwoItemsNeedIsAskedForOnce() {
        assertThat(merged().materials()).extracting(MergedBundle.MergedMaterial::key)
                .containsExactly("id-card", "premises-proof", "bank-account");
        assertThat(merged().materials().get(0).usedBy()).containsExactly("A", "B");
    }

    @Test
    void theMergedMaterialIsAsStrictAsTheMostDemandingItem() {
        MergedBundle.MergedMaterial idCard = merged().materials().get(0);
        assertThat(idCard.copies()).isEqualTo(2);
        assertThat(idCard.required()).isTrue();
        MergedBundle.MergedMaterial premises = merged().materials().get(1);
        assertThat(premises.required()).isTrue();
        assertThat(premises.commitmentAllowed()).as("only one item accepts a commitment").isFalse();
        assertThat(premises.acceptWithGapsAllowed()).isFalse();
    }

    @Test
    void theMergedFormAsksEachFieldOnceAndRequiresWhatAnyItemRequires() {
        assertThat(merged().form()).extracting(MergedBundle.Field::key)
                .containsExactly("applicant.name", "enterprise.name", "tax.invoiceType");
        assertThat(merged().form()).allSatisfy(field -> assertThat(field.required()).isTrue());
        assertThat(merged().form().get(0).label()).isEqualTo("申请人姓名");
    }

    @Test
    void parallelHandlingTakesTheLongestPromisedLimitAndTheMostVisits() {
        assertThat(merged().promisedLimitDays()).isEqualTo(5);
        assertThat(merged().maxVisits()).isEqualTo(1);
        assertThat(merged().items()).extracting(MergedBundle.Member::code).containsExactly("A", "B");
    }
}
