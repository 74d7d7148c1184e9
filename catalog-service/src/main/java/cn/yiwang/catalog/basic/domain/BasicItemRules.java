package cn.yiwang.catalog.basic.domain;

import cn.yiwang.catalog.codes.BasicCodeLayout;
import cn.yiwang.catalog.codes.ItemType;
import cn.yiwang.catalog.codes.ServiceLevel;
import cn.yiwang.catalog.codes.StandardCode;
import cn.yiwang.catalog.support.RuleFailure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks a basic entry's codes before it is stored; each failure names the element and a message key. */
public final class BasicItemRules {

    private BasicItemRules() {
    }

    /** {@code checkCode}: a new entry's code is checked against the configured {@code layout}; a revision keeps its code. */
    public static List<RuleFailure> check(BasicCodeLayout layout, String code, String typeCode, List<String> levelCodes,
                                          boolean checkCode) {
        List<RuleFailure> failures = new ArrayList<>();
        Optional<ItemType> type = StandardCode.byCode(ItemType.class, typeCode);
        if (type.isEmpty()) {
            failures.add(new RuleFailure("type", "unknown-code", "catalog.basic.type.unknown"));
        }
        if (checkCode) {
            if (!layout.isWellFormed(code)) {
                failures.add(new RuleFailure("code", "invalid-format", "catalog.basic.code.format", layout.length(),
                        layout.describe(), layout.describeByName()));
            } else if (type.isPresent() && !layout.matchesType(code, type.get())) {
                int start = layout.typeSegmentStart().orElseThrow();
                failures.add(new RuleFailure("code", "type-segment-mismatch", "catalog.basic.code.type-segment",
                        start + 1, start + 2));
            }
        }
        if (levelCodes == null || levelCodes.isEmpty()) {
            failures.add(new RuleFailure("levels", "missing", "catalog.basic.levels.missing"));
        } else {
            for (int i = 0; i < levelCodes.size(); i++) {
                if (StandardCode.byCode(ServiceLevel.class, levelCodes.get(i)).isEmpty()) {
                    failures.add(new RuleFailure("levels[" + i + "]", "unknown-code", "catalog.basic.levels.unknown"));
                }
            }
        }
        return failures;
    }

    public static Set<ServiceLevel> levels(List<String> levelCodes) {
        Set<ServiceLevel> levels = new LinkedHashSet<>();
        levelCodes.forEach(code -> levels.add(StandardCode.requireCode(ServiceLevel.class, code)));
        return levels;
    }
}
