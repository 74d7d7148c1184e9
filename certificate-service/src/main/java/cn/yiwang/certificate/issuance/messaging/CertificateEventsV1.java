package cn.yiwang.certificate.issuance.messaging;

import cn.yiwang.certificate.identifier.CertificateIdentifier;
import cn.yiwang.common.events.EventNames;
import cn.yiwang.common.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The wire records of {@code certificate.certificate.v1}, owned here. Every version of one
 * certificate has the same aggregate id (type, issuer and serial), so a correction never overtakes
 * the issue it corrects. No event carries a holder's ID number: the keyed hash identifies the holder.
 * Examples of each are in {@code contracts/events/}.
 */
public final class CertificateEventsV1 {

    public static final String TOPIC = "certificate.certificate.v1";
    static final String AGGREGATE = "certificate";

    private CertificateEventsV1() {
    }

    /** {@code type.issuer.serial}: the same for every version of one certificate. */
    static String aggregateOf(String identifier) {
        CertificateIdentifier parsed = CertificateIdentifier.parse(identifier);
        return parsed.typeCode() + "." + parsed.issuerCode() + "." + parsed.serial();
    }

    /**
     * {@code yiwang.certificate.issued.v1}: a certificate was issued (by an issuer, from a case or by import).
     * {@code caseNumber} and {@code caseId} name the case it is the result of (case-service attaches it
     * by id, else by number); both are absent for a manual issue or an import.
     */
    public record CertificateIssued(UUID eventId, String identifier, String certificateTypeCode, String issuerCode,
                                    String holderIdType, String holderIdHash, LocalDate validFrom, LocalDate validUntil,
                                    String caseNumber, String caseId, boolean imported, String regionCode, Instant occurredAt)
            implements IntegrationEvent {

        public static final String TYPE = "yiwang.certificate.issued.v1";

        @Override
        public String aggregateId() {
            return aggregateOf(identifier);
        }

        @Override
        public String type() {
            return EventNames.type(AGGREGATE, "issued", 1);
        }

        @Override
        public String topic() {
            return TOPIC;
        }
    }

    /** {@code yiwang.certificate.revoked.v1}: ended for good (revoked 03, cancelled 04, transferred out 06 or withdrawn 07; {@code status} says which). */
    public record CertificateRevoked(UUID eventId, String identifier, String status, String statusCode, String reason,
                                     String holderIdHash, String regionCode, Instant occurredAt) implements IntegrationEvent {

        public static final String TYPE = "yiwang.certificate.revoked.v1";

        @Override
        public String aggregateId() {
            return aggregateOf(identifier);
        }

        @Override
        public String type() {
            return EventNames.type(AGGREGATE, "revoked", 1);
        }

        @Override
        public String topic() {
            return TOPIC;
        }
    }

    /** {@code yiwang.certificate.suspended.v1}: out of force until reinstated ({@code suspended} false on reinstatement). */
    public record CertificateSuspended(UUID eventId, String identifier, boolean suspended, String reason,
                                       String holderIdHash, String regionCode, Instant occurredAt) implements IntegrationEvent {

        public static final String TYPE = "yiwang.certificate.suspended.v1";

        @Override
        public String aggregateId() {
            return aggregateOf(identifier);
        }

        @Override
        public String type() {
            return EventNames.type(AGGREGATE, "suspended", 1);
        }

        @Override
        public String topic() {
            return TOPIC;
        }
    }

    /** {@code yiwang.certificate.corrected.v1}: a new version supersedes {@code previousIdentifier}. */
    public record CertificateCorrected(UUID eventId, String identifier, String previousIdentifier, int version,
                                       String reason, String holderIdHash, String regionCode, Instant occurredAt)
            implements IntegrationEvent {

        public static final String TYPE = "yiwang.certificate.corrected.v1";

        @Override
        public String aggregateId() {
            return aggregateOf(identifier);
        }

        @Override
        public String type() {
            return EventNames.type(AGGREGATE, "corrected", 1);
        }

        @Override
        public String topic() {
            return TOPIC;
        }
    }
}
