package cn.yiwang.cases.casefile.domain;

import cn.yiwang.cases.clock.CaseClock;
import cn.yiwang.cases.clock.ColourPolicy;
import cn.yiwang.cases.material.Material;
import cn.yiwang.cases.material.MaterialRequirement;
import cn.yiwang.common.calendar.TimeLimit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.yiwang.common.calendar.WorkingDayCalendar.ZONE;

/**
 * Named example objects for the case tests (an object mother): a food business licence in Mei
 * County with a 20-day legal and 10-day promised limit, applied for by a citizen online.
 */
public final class ExampleCases {

    public static final String MEI_COUNTY = "610326";
    public static final String BAOJI = "610300";
    public static final String MARKET_REGULATOR = "11610326MB2857143R";
    public static final String MEI_HALL = "11610326MB0000001K";
    public static final String FOOD_LICENCE_CODE = "11610326MB2857143R4610300123000";
    public static final CaseClock CLOCK = CaseClock.onShippedCalendar(ColourPolicy.DEFAULT);

    public static final MaterialRequirement APPLICATION_FORM =
            new MaterialRequirement("M01", "食品经营许可申请书", true, null, false, false);
    public static final MaterialRequirement BUSINESS_LICENCE =
            new MaterialRequirement("M02", "营业执照", true, "11100000000013338W011", false, false);
    public static final MaterialRequirement PREMISES_PROOF =
            new MaterialRequirement("M03", "经营场所使用证明", true, null, true, false);
    public static final MaterialRequirement LAYOUT_PLAN =
            new MaterialRequirement("M04", "设备布局和工艺流程图", true, null, false, true);

    private ExampleCases() {
    }

    /** Beijing wall-clock time. */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    public static LocalDate day(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    public static ItemSnapshot foodLicence() {
        return new ItemSnapshot(FOOD_LICENCE_CODE, "食品经营许可", 3, new Scope(MEI_COUNTY, MARKET_REGULATOR),
                TimeLimit.workingDays(20), TimeLimit.workingDays(10), false, false, "11100000000013338W032",
                List.of(APPLICATION_FORM, BUSINESS_LICENCE, PREMISES_PROOF, LAYOUT_PLAN));
    }

    /** A child item of the 新生儿出生 bundle, as the bundle-child example event names it. */
    public static ItemSnapshot birthCertificate() {
        ItemSnapshot item = foodLicence();
        return new ItemSnapshot(item.implementationCode(), "出生医学证明办理", item.version(), item.deciding(),
                item.legalLimit(), item.promisedLimit(), false, false, "11100000000000002Q001", item.materials());
    }

    public static ItemSnapshot jointLicence() {
        ItemSnapshot item = foodLicence();
        return new ItemSnapshot(item.implementationCode(), item.name(), item.version(), item.deciding(),
                TimeLimit.workingDays(45), TimeLimit.workingDays(30), false, true, item.resultCertificateType(),
                item.materials());
    }

    /** 即办件: a residence certificate issued on the spot. */
    public static ItemSnapshot residenceCertificate() {
        return new ItemSnapshot("11610326MB1111111X4610300456000", "居住证明", 1, new Scope(MEI_COUNTY, MEI_HALL),
                TimeLimit.workingDays(0), TimeLimit.workingDays(0), true, false, null, List.of(APPLICATION_FORM));
    }

    public static Applicant citizen() {
        return new Applicant(ApplicantType.PERSON, "张三", "hash-of-zhang-san", "enc:id", "enc:phone");
    }

    /** Everything provided by upload. */
    public static List<Material> completeMaterials() {
        return List.of(
                Material.uploaded(APPLICATION_FORM, "doc-1"),
                Material.uploaded(BUSINESS_LICENCE, "doc-2"),
                Material.uploaded(PREMISES_PROOF, "doc-3"),
                Material.uploaded(LAYOUT_PLAN, "doc-4"));
    }

    public static ACase aCase() {
        return new ACase();
    }

    /** Test data builder: {@code aCase().forItem(jointLicence()).submittedAt("2026-03-02T09:00").accepted()}. */
    public static final class ACase {
        private ItemSnapshot item = foodLicence();
        private List<Material> materials = new ArrayList<>(completeMaterials());
        private Instant submittedAt = at("2026-03-02T09:00");
        private Scope accepting = new Scope(MEI_COUNTY, MEI_HALL);
        private boolean mayCommit = true;

        public ACase forItem(ItemSnapshot value) {
            item = value;
            if (value.immediate()) {
                materials = new ArrayList<>(List.of(Material.uploaded(APPLICATION_FORM, "doc-1")));
            }
            return this;
        }

        public ACase with(Material material) {
            materials.removeIf(existing -> existing.code().equals(material.code()));
            materials.add(material);
            return this;
        }

        public ACase without(MaterialRequirement requirement) {
            materials.removeIf(existing -> existing.code().equals(requirement.code()));
            return this;
        }

        public ACase acceptedAtHall(Scope hall) {
            accepting = hall;
            return this;
        }

        public ACase byAnApplicantMarkedForAFalseCommitment() {
            mayCommit = false;
            return this;
        }

        public ACase submittedAt(String localDateTime) {
            submittedAt = at(localDateTime);
            return this;
        }

        public Case.Filed file() {
            return Case.submit(UUID.randomUUID(), FOOD_LICENCE_CODE + "20260302000001", item, citizen(), Channel.PC,
                    accepting, materials, mayCommit, ExampleCases.dayOf(submittedAt), submittedAt, "citizen-1");
        }

        public Case submitted() {
            return file().filed();
        }

        /** Accepted one hour after submission. */
        public Case accepted() {
            Case kase = submitted();
            kase.accept("clerk-1", submittedAt.plusSeconds(3600), CLOCK);
            return kase;
        }

        public Case underReview() {
            Case kase = accepted();
            kase.startReview("approver-1", submittedAt.plusSeconds(7200));
            return kase;
        }

        public Case concluded() {
            Case kase = underReview();
            kase.conclude("approver-1", Outcome.APPROVED, "准予许可", submittedAt.plusSeconds(3 * 86400));
            return kase;
        }
    }

    static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
