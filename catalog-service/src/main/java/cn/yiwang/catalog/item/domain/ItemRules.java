package cn.yiwang.catalog.item.domain;

import cn.yiwang.catalog.codes.BasicCodeLayout;
import cn.yiwang.catalog.codes.ServiceLevel;
import cn.yiwang.catalog.codes.StandardCode;
import cn.yiwang.catalog.guide.Guide;
import cn.yiwang.catalog.guide.Material;
import cn.yiwang.catalog.guide.TimeLimit;
import cn.yiwang.catalog.support.RuleFailure;
import cn.yiwang.common.identifier.IdentifierCheck;
import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.identifier.UnifiedCreditCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an item must satisfy before it is stored at all (a draft may still be incomplete — that is
 * the quality check's business): codes that are well-formed and consistent, a known region, limits
 * in known and comparable units, a promised limit within the legal one.
 */
public final class ItemRules {

    private static final String CREDIT_CODE_FORMAT = "yiwang.identifier.credit-code.format";

    private ItemRules() {
    }

    /**
     * The claim's codes. {@code requestedCode} is the implementation code the caller sent, if any;
     * it must be the one the codes compose.
     */
    public static List<RuleFailure> checkClaim(String regionCode, boolean regionKnown, String bodyCreditCode,
                                               String level, List<ServiceLevel> basicLevels, String basicCode,
                                               String requestedCode) {
        List<RuleFailure> failures = new ArrayList<>();
        if (!RegionCode.isValid(regionCode)) {
            failures.add(new RuleFailure("regionCode", "invalid-format", "catalog.item.region.format", regionCode));
        } else if (!regionKnown) {
            failures.add(new RuleFailure("regionCode", "unknown-region", "catalog.item.region.unknown", regionCode));
        }
        // Strict (GB 32100): a code entered for a new implementation item must carry a correct
        // check character, and exactly as the register writes it (upper case, no spaces).
        IdentifierCheck creditCode = UnifiedCreditCode.check(bodyCreditCode, UnifiedCreditCode.Mode.STRICT);
        if (!creditCode.accepted() && !CREDIT_CODE_FORMAT.equals(creditCode.reason())) {
            failures.add(new RuleFailure("bodyCreditCode", "invalid-check-character", "catalog.item.credit-code.check"));
        } else if (!creditCode.accepted() || !creditCode.normalised().equals(bodyCreditCode)) {
            failures.add(new RuleFailure("bodyCreditCode", "invalid-format", "catalog.item.credit-code.format"));
        }
        Optional<ServiceLevel> serviceLevel = StandardCode.byCode(ServiceLevel.class, level);
        if (serviceLevel.isEmpty()) {
            failures.add(new RuleFailure("level", "unknown-code", "catalog.item.level.unknown", level));
        } else {
            if (!basicLevels.contains(serviceLevel.get())) {
                failures.add(new RuleFailure("level", "not-applicable", "catalog.item.level.not-applicable", level));
            }
            if (RegionCode.isValid(regionCode)
                    && !serviceLevel.get().fitsRegionLevel(RegionCode.of(regionCode).level())) {
                failures.add(new RuleFailure("level", "region-mismatch", "catalog.item.level.region-mismatch", level,
                        regionCode));
            }
        }
        if (requestedCode != null && !requestedCode.isBlank() && failures.isEmpty()
                && !requestedCode.equals(ImplementationCode.compose(bodyCreditCode, level, basicCode))) {
            failures.add(new RuleFailure("code", "inconsistent", "catalog.item.code.inconsistent",
                    ImplementationCode.compose(bodyCreditCode, level, basicCode)));
        }
        return failures;
    }

    /**
     * Whether a text is shaped like an implementation code whose credit-code and level segments are
     * valid and whose basic-code segment fits the configured layout.
     */
    public static boolean isValidImplementationCode(String code, BasicCodeLayout basicLayout) {
        return code != null && code.length() == ImplementationCode.PREFIX_LENGTH + basicLayout.length()
                && UnifiedCreditCode.isValid(ImplementationCode.creditCodeSegment(code))
                && ImplementationCode.creditCodeSegment(code).equals(UnifiedCreditCode.normalise(ImplementationCode.creditCodeSegment(code)))
                && StandardCode.byCode(ServiceLevel.class, ImplementationCode.levelSegment(code)).isPresent()
                && basicLayout.isWellFormed(ImplementationCode.basicCodeSegment(code));
    }

    public static List<RuleFailure> checkGuide(Guide guide) {
        List<RuleFailure> failures = new ArrayList<>();
        if (guide == null) {
            failures.add(new RuleFailure("guide", "missing", "catalog.item.guide.missing"));
            return failures;
        }
        checkLimit("guide.legalLimit", guide.legalLimit(), failures);
        checkLimit("guide.promisedLimit", guide.promisedLimit(), failures);
        TimeLimit legal = guide.legalLimit();
        TimeLimit promised = guide.promisedLimit();
        if (legal != null && promised != null && legal.isComplete() && promised.isComplete()) {
            if (!legal.limitUnit().equals(promised.limitUnit())) {
                failures.add(new RuleFailure("guide.promisedLimit.unit", "unit-mismatch",
                        "catalog.item.limit.unit-mismatch"));
            } else if (promised.value() > legal.value()) {
                failures.add(new RuleFailure("guide.promisedLimit.value", "exceeds-legal-limit",
                        "catalog.item.limit.exceeds-legal", promised.value(), legal.value()));
            }
        }
        if (guide.visits() != null && guide.visits() < 0) {
            failures.add(new RuleFailure("guide.visits", "negative", "catalog.item.visits.negative"));
        }
        if (guide.onlineUrl() != null && !guide.onlineUrl().isBlank()
                && !(guide.onlineUrl().startsWith("https://") || guide.onlineUrl().startsWith("http://"))) {
            failures.add(new RuleFailure("guide.onlineUrl", "invalid-url", "catalog.item.online-url.invalid"));
        }
        Set<String> keys = new HashSet<>();
        List<Material> materials = guide.materials();
        for (int i = 0; i < materials.size(); i++) {
            Material material = materials.get(i);
            String path = "guide.materials[" + i + "]";
            if (material.key() == null || material.key().isBlank()) {
                failures.add(new RuleFailure(path + ".key", "missing", "catalog.item.material.key-missing"));
            } else if (!keys.add(material.key())) {
                failures.add(new RuleFailure(path + ".key", "duplicate", "catalog.item.material.key-duplicate",
                        material.key()));
            }
            if (material.originals() < 0 || material.copies() < 0) {
                failures.add(new RuleFailure(path + ".copies", "negative", "catalog.item.material.count-negative"));
            }
        }
        return failures;
    }

    private static void checkLimit(String path, TimeLimit limit, List<RuleFailure> failures) {
        if (limit == null) {
            return;
        }
        if (limit.value() != null && limit.value() < 0) {
            failures.add(new RuleFailure(path + ".value", "negative", "catalog.item.limit.negative"));
        }
        if (limit.unit() == null) {
            if (limit.value() != null) {
                failures.add(new RuleFailure(path + ".unit", "missing-unit", "catalog.item.limit.unit-missing"));
            }
        } else if (limit.limitUnit().isEmpty()) {
            failures.add(new RuleFailure(path + ".unit", "unknown-unit", "catalog.item.limit.unit-unknown",
                    limit.unit()));
        }
    }
}
