package cn.yiwang.vectorcontrol.complaint.domain;

/** RECEIVED: waiting for the inspection task to be done and answered. ANSWERED: the reply went to 12345. */
public enum ComplaintStatus {
    RECEIVED, ANSWERED
}
