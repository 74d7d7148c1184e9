package cn.yiwang.hotline.ticket.domain;

/** Where a ticket stands in the flow intake → dispatch → handling → reply → return visit → closure. */
public enum TicketStatus {
    /** Taken in, not yet answered, dispatched, transferred or merged. */
    REGISTERED,
    /** Sent to a lead department, which has neither accepted nor returned it. */
    DISPATCHED,
    /** The department objected (退单); the centre reviews the return. */
    RETURNED,
    /** Accepted by the lead department; the handling clock runs. */
    IN_HANDLING,
    /** The department replied; the return visit (回访) is due. */
    REPLIED,
    /** Handed to 110/119/120/122; the other line's reference number is kept. */
    TRANSFERRED,
    /** Merged into another ticket about the same matter (并单). */
    MERGED,
    CLOSED;

    /** Open311 knows two statuses: a ticket is "closed" once nothing more will happen to it here. */
    public boolean isFinal() {
        return this == CLOSED || this == MERGED || this == TRANSFERRED;
    }
}
