package cn.yiwang.hotline.triage;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * {@code yiwang.hotline.triage.*}: the words that flag emergencies per line and legal routes per
 * route. Defaults in application.yml; centres change them without a release.
 */
@ConfigurationProperties("yiwang.hotline.triage")
public record TriageProperties(Map<EmergencyLine, List<String>> emergencyWords,
                               Map<LegalRoute, List<String>> legalRouteWords) {

    public TriageProperties {
        emergencyWords = emergencyWords == null ? Map.of() : emergencyWords;
        legalRouteWords = legalRouteWords == null ? Map.of() : legalRouteWords;
    }

    public TriageRules rules() {
        return new TriageRules(emergencyWords, legalRouteWords);
    }
}
