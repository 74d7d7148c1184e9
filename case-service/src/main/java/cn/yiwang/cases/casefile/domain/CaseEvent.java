package cn.yiwang.cases.casefile.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a case transition caused, returned by the aggregate's methods. The id is chosen here, when
 * the event happens, so that every retry of its publication carries the same id (consumers
 * de-duplicate on it). The wire format is the messaging package's business.
 */
public sealed interface CaseEvent {

    UUID eventId();

    UUID caseId();

    Instant occurredAt();

    record Submitted(UUID eventId, UUID caseId, Instant occurredAt, int submission) implements CaseEvent {
    }

    /** @param clockStart when the limits start: the acceptance, or the receipt when §32 deems it accepted */
    record Accepted(UUID eventId, UUID caseId, Instant occurredAt, String acceptedBy, Instant clockStart)
            implements CaseEvent {
    }

    record NotAccepted(UUID eventId, UUID caseId, Instant occurredAt, String decidedBy, String reason)
            implements CaseEvent {
    }

    record SupplementRequested(UUID eventId, UUID caseId, Instant occurredAt, SupplementNotice notice)
            implements CaseEvent {
    }

    record Suspended(UUID eventId, UUID caseId, Instant occurredAt, SpecialProcedure procedure) implements CaseEvent {
    }

    record Resumed(UUID eventId, UUID caseId, Instant occurredAt, SpecialProcedure procedure) implements CaseEvent {
    }

    record Extended(UUID eventId, UUID caseId, Instant occurredAt, Extension extension) implements CaseEvent {
    }

    record Concluded(UUID eventId, UUID caseId, Instant occurredAt, Decision decision) implements CaseEvent {
    }

    record Delivered(UUID eventId, UUID caseId, Instant occurredAt, Delivery delivery) implements CaseEvent {
    }

    record Withdrawn(UUID eventId, UUID caseId, Instant occurredAt, String reason) implements CaseEvent {
    }

    /** @param overdueMaterials the accepted gaps that were not filled in time */
    record Terminated(UUID eventId, UUID caseId, Instant occurredAt, List<String> overdueMaterials)
            implements CaseEvent {
    }

    /** A false commitment: the decision is revoked (or the handling stopped) and the applicant marked. */
    record Revoked(UUID eventId, UUID caseId, Instant occurredAt, String reason) implements CaseEvent {
    }

    record OverdueWarning(UUID eventId, UUID caseId, Instant occurredAt, Instant promisedDue) implements CaseEvent {
    }

    record Overdue(UUID eventId, UUID caseId, Instant occurredAt, Instant promisedDue) implements CaseEvent {
    }
}
