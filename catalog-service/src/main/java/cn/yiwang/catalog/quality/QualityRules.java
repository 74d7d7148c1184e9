package cn.yiwang.catalog.quality;

import cn.yiwang.catalog.codes.HandlingForm;
import cn.yiwang.catalog.codes.MaterialSource;
import cn.yiwang.catalog.guide.Guide;
import cn.yiwang.catalog.guide.Material;
import cn.yiwang.catalog.guide.ServiceGuide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The checks behind the quality rules of DOMAIN.md §2. Each rule has a stable id (clients and the
 * configuration use it); its severity comes from {@link QualityProperties}. Plain Java: no Spring.
 */
public final class QualityRules {

    /** Every guide element must be present: "要素统一、不存在空缺". */
    public static final String REQUIRED_ELEMENTS = "required-elements";
    /** Online depth IV (全程网办) means the applicant never comes to the hall. */
    public static final String FULLY_ONLINE_MEANS_NO_VISIT = "fully-online-means-no-visit";
    /** No visit and not fully online: the result must reach the applicant by post. */
    public static final String NO_VISIT_OFFLINE_NEEDS_POST = "no-visit-offline-needs-post";
    /** A required visit must say why. */
    public static final String VISIT_NEEDS_REASON = "visit-needs-reason";
    /** A charged item names the legal basis and the fee items. */
    public static final String FEES_NEED_BASIS_AND_ITEMS = "fees-need-basis-and-items";
    /** Consultation and complaint go to different numbers, or complaints reach the people complained about. */
    public static final String PHONES_DIFFER = "phones-differ";
    /** The promised limit is at most the legal limit, in the same unit. */
    public static final String PROMISED_WITHIN_LEGAL = "promised-within-legal";
    /** An item outside the hall is on the negative list with a reason. */
    public static final String NOT_IN_HALL_NEEDS_REASON = "not-in-hall-needs-reason";
    /** Online handling needs an address to handle it at. */
    public static final String ONLINE_NEEDS_URL = "online-needs-url";
    /** A government-issued material names its e-certificate type, so applicants need not bring it (免证办). */
    public static final String GOVERNMENT_MATERIAL_NAMES_CERTIFICATE = "government-material-names-certificate";

    public static final Set<String> RULE_IDS = Set.of(REQUIRED_ELEMENTS, FULLY_ONLINE_MEANS_NO_VISIT,
            NO_VISIT_OFFLINE_NEEDS_POST, VISIT_NEEDS_REASON, FEES_NEED_BASIS_AND_ITEMS, PHONES_DIFFER,
            PROMISED_WITHIN_LEGAL, NOT_IN_HALL_NEEDS_REASON, ONLINE_NEEDS_URL, GOVERNMENT_MATERIAL_NAMES_CERTIFICATE);

    /** The elements the required-elements rule can ask for, by the name the configuration uses. */
    static final Map<String, Predicate<ServiceGuide>> ELEMENTS = elements();

    /** One failing rule on one element. */
    public record Finding(String rule, Severity severity, String element, String messageKey) {
    }

    private final QualityProperties properties;

    public QualityRules(QualityProperties properties) {
        this.properties = properties;
    }

    public List<Finding> check(ServiceGuide item) {
        List<Finding> findings = new ArrayList<>();
        Guide guide = item.guide();
        rule(findings, REQUIRED_ELEMENTS, () -> {
            List<Finding> missing = new ArrayList<>();
            for (String element : properties.requiredElements()) {
                if (!ELEMENTS.get(element).test(item)) {
                    missing.add(finding(REQUIRED_ELEMENTS, element, "catalog.quality.required-elements"));
                }
            }
            return missing;
        });
        if (guide == null) {
            return findings;
        }
        rule(findings, FULLY_ONLINE_MEANS_NO_VISIT, () -> guide.isFullyOnline() && guide.visits() != null
                && guide.visits() > 0 ? one(FULLY_ONLINE_MEANS_NO_VISIT, "guide.visits") : List.of());
        rule(findings, NO_VISIT_OFFLINE_NEEDS_POST, () -> guide.visits() != null && guide.visits() == 0
                && !guide.isFullyOnline() && !guide.offers(HandlingForm.POST)
                ? one(NO_VISIT_OFFLINE_NEEDS_POST, "guide.handlingForms") : List.of());
        rule(findings, VISIT_NEEDS_REASON, () -> guide.visits() != null && guide.visits() > 0
                && blank(guide.visitReason()) ? one(VISIT_NEEDS_REASON, "guide.visitReason") : List.of());
        rule(findings, FEES_NEED_BASIS_AND_ITEMS, () -> {
            if (guide.fees() == null || !guide.fees().charged()) {
                return List.of();
            }
            List<Finding> fees = new ArrayList<>();
            if (blank(guide.fees().basis())) {
                fees.add(finding(FEES_NEED_BASIS_AND_ITEMS, "guide.fees.basis", ruleKey(FEES_NEED_BASIS_AND_ITEMS)));
            }
            if (guide.fees().items().isEmpty()) {
                fees.add(finding(FEES_NEED_BASIS_AND_ITEMS, "guide.fees.items", ruleKey(FEES_NEED_BASIS_AND_ITEMS)));
            }
            return fees;
        });
        rule(findings, PHONES_DIFFER, () -> !blank(guide.consultationPhone())
                && Objects.equals(digits(guide.consultationPhone()), digits(guide.complaintPhone()))
                ? one(PHONES_DIFFER, "guide.complaintPhone") : List.of());
        rule(findings, PROMISED_WITHIN_LEGAL, () -> guide.promisedLimit() != null && guide.legalLimit() != null
                && guide.promisedLimit().isComplete() && guide.legalLimit().isComplete()
                && !guide.promisedLimit().isWithin(guide.legalLimit())
                ? one(PROMISED_WITHIN_LEGAL, "guide.promisedLimit") : List.of());
        rule(findings, NOT_IN_HALL_NEEDS_REASON, () -> Boolean.FALSE.equals(guide.hallEntry())
                && blank(guide.notInHallReason()) ? one(NOT_IN_HALL_NEEDS_REASON, "guide.notInHallReason") : List.of());
        rule(findings, ONLINE_NEEDS_URL, () -> (guide.offers(HandlingForm.PC_ONLINE)
                || guide.offers(HandlingForm.MOBILE_ONLINE) || guide.isFullyOnline()) && blank(guide.onlineUrl())
                ? one(ONLINE_NEEDS_URL, "guide.onlineUrl") : List.of());
        rule(findings, GOVERNMENT_MATERIAL_NAMES_CERTIFICATE, () -> {
            List<Finding> materials = new ArrayList<>();
            for (int i = 0; i < guide.materials().size(); i++) {
                Material material = guide.materials().get(i);
                if (material.source() == MaterialSource.GOVERNMENT_ISSUED && blank(material.certificateType())) {
                    materials.add(finding(GOVERNMENT_MATERIAL_NAMES_CERTIFICATE,
                            "guide.materials[" + i + "].certificateType", ruleKey(GOVERNMENT_MATERIAL_NAMES_CERTIFICATE)));
                }
            }
            return materials;
        });
        return findings;
    }

    private void rule(List<Finding> findings, String rule, java.util.function.Supplier<List<Finding>> check) {
        if (properties.severityOf(rule) != Severity.OFF) {
            findings.addAll(check.get());
        }
    }

    private List<Finding> one(String rule, String element) {
        return List.of(finding(rule, element, ruleKey(rule)));
    }

    private Finding finding(String rule, String element, String messageKey) {
        return new Finding(rule, properties.severityOf(rule), element, messageKey);
    }

    private static String ruleKey(String rule) {
        return "catalog.quality." + rule;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String digits(String phone) {
        return phone == null ? null : phone.replaceAll("\\D", "");
    }

    private static Map<String, Predicate<ServiceGuide>> elements() {
        Map<String, Predicate<ServiceGuide>> elements = new LinkedHashMap<>();
        elements.put("name", item -> !blank(item.name()));
        elements.put("basicCode", item -> !blank(item.basicCode()));
        elements.put("code", item -> !blank(item.code()));
        elements.put("type", item -> !blank(item.type()));
        elements.put("legalBasis", item -> !blank(item.legalBasis()));
        elements.put("level", item -> !blank(item.level()));
        elements.put("implementingBody", item -> !blank(item.implementingBody()));
        elements.put("bodyCreditCode", item -> !blank(item.bodyCreditCode()));
        elements.put("guide.acceptanceConditions", item -> guide(item, g -> !blank(g.acceptanceConditions())));
        elements.put("guide.serviceObjects", item -> guide(item, g -> !g.serviceObjects().isEmpty()));
        elements.put("guide.handlingForms", item -> guide(item, g -> !g.handlingForms().isEmpty()));
        elements.put("guide.caseKind", item -> guide(item, g -> g.caseKind() != null));
        elements.put("guide.processSteps", item -> guide(item, g -> !g.processSteps().isEmpty()));
        elements.put("guide.materials", item -> guide(item, g -> !g.materials().isEmpty()));
        elements.put("guide.legalLimit", item -> guide(item, g -> g.legalLimit() != null && g.legalLimit().isComplete()));
        elements.put("guide.promisedLimit", item -> guide(item, g -> g.promisedLimit() != null && g.promisedLimit().isComplete()));
        elements.put("guide.fees", item -> guide(item, g -> g.fees() != null));
        elements.put("guide.result", item -> guide(item, g -> g.result() != null && !blank(g.result().name())));
        elements.put("guide.place", item -> guide(item, g -> !blank(g.place())));
        elements.put("guide.hours", item -> guide(item, g -> !blank(g.hours())));
        elements.put("guide.consultationPhone", item -> guide(item, g -> !blank(g.consultationPhone())));
        elements.put("guide.complaintPhone", item -> guide(item, g -> !blank(g.complaintPhone())));
        elements.put("guide.onlineDepth", item -> guide(item, g -> g.onlineDepth() != null));
        elements.put("guide.visits", item -> guide(item, g -> g.visits() != null));
        elements.put("guide.hallEntry", item -> guide(item, g -> g.hallEntry() != null));
        return Map.copyOf(elements);
    }

    private static boolean guide(ServiceGuide item, Predicate<Guide> present) {
        return item.guide() != null && present.test(item.guide());
    }
}
