package cn.yiwang.vectorcontrol.organisation.domain;

/** Where the 爱卫办's check of a service organisation's declared Art. 25 conditions stands. */
public enum Verification {
    /** Declared, not yet checked (again, after a new declaration). */
    PENDING,
    VERIFIED,
    REJECTED
}
