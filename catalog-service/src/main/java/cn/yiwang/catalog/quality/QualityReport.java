package cn.yiwang.catalog.quality;

import java.util.List;

/**
 * An item's completeness and consistency report: {@code publishable} is false while an
 * error-level rule fails; {@code passed} (合格) means no rule fails at all.
 */
public record QualityReport(String itemCode, boolean publishable, boolean passed, int errors, int warnings,
                            List<Entry> findings) {

    public record Entry(String rule, Severity severity, String element, String message) {
    }
}
