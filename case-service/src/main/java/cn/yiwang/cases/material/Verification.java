package cn.yiwang.cases.material;

/** The state of an e-certificate check with certificate-service. */
public enum Verification {
    /** Valid, held by the applicant, of the required type. */
    VERIFIED,
    /** Not yet checked (certificate-service unavailable): re-checked later, never assumed valid. */
    PENDING,
    /** Checked and not usable: not the applicant's, wrong type, revoked or expired. */
    REJECTED
}
