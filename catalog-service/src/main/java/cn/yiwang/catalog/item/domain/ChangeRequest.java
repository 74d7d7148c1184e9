package cn.yiwang.catalog.item.domain;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;

import java.time.Instant;
import java.util.UUID;

/**
 * 调整申请: the implementing body asks to change a published item; the region's approval office
 * decides. Part of the item aggregate; the published version stays current until the change is
 * published.
 */
public class ChangeRequest {

    /** OPEN and SUBMITTED are pending: the body may still cancel them. */
    public enum Status { OPEN, SUBMITTED, APPROVED, PUBLISHED, CANCELLED }

    @Column("id")
    private final UUID requestId;
    private final String reason;
    private Status status;
    private final String openedBy;
    private final Instant openedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionComment;
    private String cancelledBy;
    private Instant cancelledAt;
    private String cancelReason;

    @PersistenceCreator
    ChangeRequest(UUID requestId, String reason, Status status, String openedBy, Instant openedAt, String decidedBy,
                  Instant decidedAt, String decisionComment, String cancelledBy, Instant cancelledAt,
                  String cancelReason) {
        this.requestId = requestId;
        this.reason = reason;
        this.status = status;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionComment = decisionComment;
        this.cancelledBy = cancelledBy;
        this.cancelledAt = cancelledAt;
        this.cancelReason = cancelReason;
    }

    static ChangeRequest open(String reason, String by, Instant now) {
        return new ChangeRequest(UUID.randomUUID(), reason, Status.OPEN, by, now, null, null, null, null, null, null);
    }

    boolean isActive() {
        return status != Status.PUBLISHED && status != Status.CANCELLED;
    }

    /** Not yet approved: the body may still take it back. */
    public boolean isPending() {
        return status == Status.OPEN || status == Status.SUBMITTED;
    }

    void cancelled(String by, String reason, Instant now) {
        status = Status.CANCELLED;
        cancelledBy = by;
        cancelledAt = now;
        cancelReason = reason;
    }

    void submitted() {
        status = Status.SUBMITTED;
    }

    void decided(boolean approved, String by, String comment, Instant now) {
        status = approved ? Status.APPROVED : Status.OPEN;
        decidedBy = by;
        decidedAt = now;
        decisionComment = comment;
    }

    void published() {
        status = Status.PUBLISHED;
    }

    public UUID id() {
        return requestId;
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionComment() {
        return decisionComment;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
