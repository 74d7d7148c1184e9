package cn.yiwang.review.workorder.domain;

/** The steps of the negative-evaluation loop: 核实 → 整改 → 答复 → 回访 (DOMAIN.md §4). */
public enum WorkOrderStatus {
    AWAITING_VERIFICATION,
    AWAITING_RECTIFICATION,
    AWAITING_REPLY,
    AWAITING_RETURN_VISIT,
    CLOSED,
    /** An upheld appeal took the evaluation out: there is nothing left to rectify. */
    WITHDRAWN;

    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN;
    }
}
