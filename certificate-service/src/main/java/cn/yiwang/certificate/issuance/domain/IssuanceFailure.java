package cn.yiwang.certificate.issuance.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A certificate that could not be issued automatically (from a concluded case) or imported (from
 * an old register), kept for the issuing body to retry, with corrected data if need be, or to
 * dismiss. One entry per case or per imported record ({@code dedupeKey}); an entry ends once.
 *
 * @param reasons          why it failed, as recorded (JSON list of field, code and message)
 * @param requestEncrypted what was to be issued, encrypted (an import carries the holder's ID
 *                         number); null for entries recorded before the queue kept it
 * @param resolution       the issued certificate's identifier, or why it was dismissed
 */
@Table("issuance_failure")
public record IssuanceFailure(@Id UUID id, Source source, String dedupeKey, String caseNumber, String typeCode,
                              String issuerCode, String regionCode, String reasons, String requestEncrypted, Status status,
                              Instant receivedAt, int attempts, Instant resolvedAt, String resolvedBy, String resolution) {

    public enum Source { CASE, IMPORT }

    public enum Status { OPEN, ISSUED, DISMISSED }

    public static String caseKey(String caseNumber) {
        return "CASE:" + caseNumber;
    }

    public static String importKey(String typeCode, String issuerCode, String serial) {
        return "IMPORT:" + typeCode + ":" + issuerCode + ":" + serial;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public IssuanceFailure issued(String identifier, String by, Instant at) {
        requireOpen();
        return new IssuanceFailure(id, source, dedupeKey, caseNumber, typeCode, issuerCode, regionCode, reasons, requestEncrypted,
                Status.ISSUED, receivedAt, attempts + 1, at, by, identifier);
    }

    public IssuanceFailure dismissed(String reason, String by, Instant at) {
        requireOpen();
        return new IssuanceFailure(id, source, dedupeKey, caseNumber, typeCode, issuerCode, regionCode, reasons, requestEncrypted,
                Status.DISMISSED, receivedAt, attempts, at, by, reason);
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new IllegalStateException("issuance failure already " + status);
        }
    }
}
