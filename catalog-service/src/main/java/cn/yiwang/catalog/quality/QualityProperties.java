package cn.yiwang.catalog.quality;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code yiwang.catalog.quality.*}: which rules run at which severity, and which guide elements
 * must be present. The rules are local practice (DOMAIN.md §2, "configurable"): a province tunes
 * them here, not in code. A rule the configuration does not name is off; a name no rule has, or an
 * element the check does not know, stops the service at start-up rather than silently checking less.
 */
@ConfigurationProperties("yiwang.catalog.quality")
public record QualityProperties(Map<String, Severity> rules, List<String> requiredElements) {

    public QualityProperties {
        rules = rules == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(rules));
        requiredElements = requiredElements == null ? List.of() : List.copyOf(requiredElements);
        for (String rule : rules.keySet()) {
            if (!QualityRules.RULE_IDS.contains(rule)) {
                throw new IllegalArgumentException("yiwang.catalog.quality.rules: no rule named " + rule
                        + "; known rules: " + QualityRules.RULE_IDS);
            }
        }
        for (String element : requiredElements) {
            if (!QualityRules.ELEMENTS.containsKey(element)) {
                throw new IllegalArgumentException("yiwang.catalog.quality.required-elements: unknown element "
                        + element + "; known elements: " + QualityRules.ELEMENTS.keySet());
            }
        }
    }

    public Severity severityOf(String rule) {
        return rules.getOrDefault(rule, Severity.OFF);
    }
}
