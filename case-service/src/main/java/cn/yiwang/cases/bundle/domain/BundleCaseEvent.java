package cn.yiwang.cases.bundle.domain;

import java.time.Instant;
import java.util.UUID;

/** What a step of a bundle application caused; the id is chosen when it happens, so every retry carries it. */
public sealed interface BundleCaseEvent {

    UUID eventId();

    Instant occurredAt();

    record Submitted(UUID eventId, Instant occurredAt) implements BundleCaseEvent {
    }

    record Concluded(UUID eventId, Instant occurredAt, BundleResult result) implements BundleCaseEvent {
    }

    record Withdrawn(UUID eventId, Instant occurredAt, String reason) implements BundleCaseEvent {
    }
}
