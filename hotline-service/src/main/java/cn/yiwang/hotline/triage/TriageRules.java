package cn.yiwang.hotline.triage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Flags emergencies and legal-route matters from the words of a request. The word lists are
 * configuration ({@code yiwang.hotline.triage.*}) because each centre tunes them; an emergency
 * wins over a legal route, since a life in danger comes before any procedure.
 */
public final class TriageRules {

    private final Map<EmergencyLine, List<String>> emergencyWords;
    private final Map<LegalRoute, List<String>> legalRouteWords;

    public TriageRules(Map<EmergencyLine, List<String>> emergencyWords, Map<LegalRoute, List<String>> legalRouteWords) {
        this.emergencyWords = new LinkedHashMap<>(emergencyWords);
        this.legalRouteWords = new LinkedHashMap<>(legalRouteWords);
    }

    public TriageResult triage(String text) {
        if (text == null || text.isBlank()) {
            return TriageResult.none();
        }
        String normalised = text.toLowerCase(Locale.ROOT);
        EmergencyLine line = firstMatch(emergencyWords, normalised);
        if (line != null) {
            return new TriageResult(line, null);
        }
        return new TriageResult(null, firstMatch(legalRouteWords, normalised));
    }

    private static <K> K firstMatch(Map<K, List<String>> words, String text) {
        for (Map.Entry<K, List<String>> entry : words.entrySet()) {
            for (String word : entry.getValue()) {
                if (!word.isBlank() && text.contains(word.toLowerCase(Locale.ROOT))) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }
}
