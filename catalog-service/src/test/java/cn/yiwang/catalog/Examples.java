package cn.yiwang.catalog;

import cn.yiwang.catalog.codes.CaseKind;
import cn.yiwang.catalog.codes.CrossRegionScope;
import cn.yiwang.catalog.codes.HandlingForm;
import cn.yiwang.catalog.codes.MaterialSource;
import cn.yiwang.catalog.codes.NearbyDelegation;
import cn.yiwang.catalog.codes.OnlineDepth;
import cn.yiwang.catalog.codes.ServiceObject;
import cn.yiwang.catalog.guide.Fees;
import cn.yiwang.catalog.guide.FormField;
import cn.yiwang.catalog.guide.Guide;
import cn.yiwang.catalog.guide.Material;
import cn.yiwang.catalog.guide.ProcessStep;
import cn.yiwang.catalog.guide.Result;
import cn.yiwang.catalog.guide.TimeLimit;

import java.util.List;

/** Named example objects shared by the tests (object mother). */
public final class Examples {

    /** Mei County market regulation bureau (GB 32100 check character valid). */
    public static final String MEI_MARKET_REGULATION = "11610326MB0000001M";
    /** Mei County tax bureau. */
    public static final String MEI_TAX = "11610326MB0000002Q";
    /** Baoji city natural resources bureau. */
    public static final String BAOJI_NATURAL_RESOURCES = "11610300MB00000010";
    /** Pingli County civil affairs bureau. */
    public static final String PINGLI_CIVIL_AFFAIRS = "11610926MB0000001L";

    public static final String MEI_COUNTY = "610326";
    public static final String BAOJI = "610300";
    public static final String PINGLI = "610926";

    private Examples() {
    }

    public static Material idCard() {
        return new Material("id-card", "居民身份证", "公安机关", 1, 1, true, MaterialSource.GOVERNMENT_ISSUED,
                "11100000000013338W001", null, null, false, false);
    }

    public static Material applicationForm(String name) {
        return new Material("form-" + name, name + "申请表", "申请人", 1, 0, true, MaterialSource.APPLICANT, null,
                "https://zwfw.shaanxi.gov.cn/forms/" + name + ".docx", null, false, false);
    }

    public static Material leaseContract() {
        return new Material("premises-proof", "经营场所使用证明", "申请人", 1, 1, true, MaterialSource.APPLICANT, null,
                null, null, true, true);
    }

    /** A complete guide that passes every quality rule: one visit, window and online, 5 of 20 working days. */
    public static Guide completeGuide() {
        return new Guide("申请人具有完全民事行为能力，经营场所符合规定。",
                List.of(ServiceObject.NATURAL_PERSON, ServiceObject.ENTERPRISE),
                List.of(HandlingForm.WINDOW, HandlingForm.PC_ONLINE, HandlingForm.MOBILE_ONLINE),
                CaseKind.PROMISED, TimeLimit.workingDays(20), TimeLimit.workingDays(5), Fees.free(),
                List.of(new ProcessStep("受理", "窗口或网上受理"), new ProcessStep("审查", "审查材料"),
                        new ProcessStep("决定", "作出准予或不予许可的决定"), new ProcessStep("送达", "窗口领取或邮寄")),
                List.of(idCard(), applicationForm("营业执照"), leaseContract()),
                new Result("营业执照", "https://zwfw.shaanxi.gov.cn/samples/licence.pdf", "11100000000013338W011"),
                "眉县政务服务中心一楼 3 号窗口", "周一至周五 9:00-12:00，13:30-17:30（法定节假日除外）",
                "0917-5541234", "0917-12345", "https://zwfw.shaanxi.gov.cn/items/licence", OnlineDepth.III, 1,
                "核验原件并领取证照", CrossRegionScope.NONE, true, null, NearbyDelegation.TOWN, true,
                List.of("企业开办"), List.of(new FormField("applicant.name", "申请人姓名", "text", true),
                        new FormField("applicant.idNumber", "证件号码", "id-number", true),
                        new FormField("enterprise.name", "字号名称", "text", false)));
    }

    /** A fully online, no-visit, immediate guide. */
    public static Guide fullyOnlineGuide() {
        Guide base = completeGuide();
        return new Guide(base.acceptanceConditions(), base.serviceObjects(),
                List.of(HandlingForm.PC_ONLINE, HandlingForm.MOBILE_ONLINE, HandlingForm.POST), CaseKind.IMMEDIATE,
                TimeLimit.workingDays(10), TimeLimit.workingDays(0), base.fees(), base.processSteps(), base.materials(),
                base.result(), base.place(), base.hours(), base.consultationPhone(), base.complaintPhone(),
                base.onlineUrl(), OnlineDepth.IV, 0, null, CrossRegionScope.CROSS_PROVINCE, true, null,
                NearbyDelegation.NONE, false, List.of());
    }

    /** The complete guide with a visit but no reason for it: fails an error-level rule. */
    public static Guide guideWithUnexplainedVisit() {
        Guide base = completeGuide();
        return new Guide(base.acceptanceConditions(), base.serviceObjects(), base.handlingForms(), base.caseKind(),
                base.legalLimit(), base.promisedLimit(), base.fees(), base.processSteps(), base.materials(),
                base.result(), base.place(), base.hours(), base.consultationPhone(), base.complaintPhone(),
                base.onlineUrl(), base.onlineDepth(), 2, null, base.crossRegionScope(), base.hallEntry(),
                base.notInHallReason(), base.nearbyDelegation(), base.highFrequency(), base.themes());
    }

    public static Guide withLimits(Guide base, TimeLimit legal, TimeLimit promised) {
        return new Guide(base.acceptanceConditions(), base.serviceObjects(), base.handlingForms(), base.caseKind(),
                legal, promised, base.fees(), base.processSteps(), base.materials(), base.result(), base.place(),
                base.hours(), base.consultationPhone(), base.complaintPhone(), base.onlineUrl(), base.onlineDepth(),
                base.visits(), base.visitReason(), base.crossRegionScope(), base.hallEntry(), base.notInHallReason(),
                base.nearbyDelegation(), base.highFrequency(), base.themes());
    }

    public static Guide withScope(Guide base, CrossRegionScope scope) {
        return new Guide(base.acceptanceConditions(), base.serviceObjects(), base.handlingForms(), base.caseKind(),
                base.legalLimit(), base.promisedLimit(), base.fees(), base.processSteps(), base.materials(),
                base.result(), base.place(), base.hours(), base.consultationPhone(), base.complaintPhone(),
                base.onlineUrl(), base.onlineDepth(), base.visits(), base.visitReason(), scope, base.hallEntry(),
                base.notInHallReason(), base.nearbyDelegation(), base.highFrequency(), base.themes());
    }

    public static Guide withMaterials(Guide base, List<Material> materials) {
        return new Guide(base.acceptanceConditions(), base.serviceObjects(), base.handlingForms(), base.caseKind(),
                base.legalLimit(), base.promisedLimit(), base.fees(), base.processSteps(), materials, base.result(),
                base.place(), base.hours(), base.consultationPhone(), base.complaintPhone(), base.onlineUrl(),
                base.onlineDepth(), base.visits(), base.visitReason(), base.crossRegionScope(), base.hallEntry(),
                base.notInHallReason(), base.nearbyDelegation(), base.highFrequency(), base.themes());
    }
}
