package cn.yiwang.cases.material;

/** How the applicant provides a material. */
public enum Provision {
    /** Not provided (yet). */
    NONE,
    /** A file in the document store, by reference. */
    UPLOAD,
    /** One of the applicant's electronic certificates, by identifier (免证办). */
    E_CERTIFICATE,
    /** A signed commitment instead of proof (告知承诺). */
    COMMITMENT,
    /** Accepted as missing against a signed promise and a due date (容缺). */
    GAP
}
