package cn.yiwang.vectorcontrol.organisation.domain;

/**
 * The conditions of the Baoji regulation Art. 25 a service organisation must meet to be listed.
 * Trained technicians are not declared but counted from the technicians' training records.
 */
public enum Art25Condition {
    /** Registered with pest control in its business scope. */
    QUALIFICATION,
    /** Written management rules and operating procedures. */
    PROCEDURES,
    /** Enough technicians with a training record. */
    TRAINED_TECHNICIANS,
    /** Fixed premises and a compliant store for pesticides and equipment. */
    PREMISES_AND_STORES,
    /** Published prices. */
    PRICING
}
