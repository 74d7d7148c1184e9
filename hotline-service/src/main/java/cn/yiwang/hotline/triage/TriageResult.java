package cn.yiwang.hotline.triage;

/**
 * What triage found in a new ticket: an emergency line to hand it to at once, or a legal route
 * to explain instead of dispatching (国办函〔2025〕66号). The agent confirms either.
 */
public record TriageResult(EmergencyLine emergencyLine, LegalRoute legalRoute) {

    public static TriageResult none() {
        return new TriageResult(null, null);
    }

    public boolean isEmergency() {
        return emergencyLine != null;
    }
}
