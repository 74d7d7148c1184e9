package cn.yiwang.vectorcontrol.inspection.domain;

/** PASSED: nothing found. RECTIFICATION_ORDERED: findings and an open order. CLOSED: a re-inspection passed. */
public enum InspectionStatus {
    PASSED, RECTIFICATION_ORDERED, CLOSED
}
