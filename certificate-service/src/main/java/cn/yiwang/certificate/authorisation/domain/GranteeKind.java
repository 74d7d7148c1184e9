package cn.yiwang.certificate.authorisation.domain;

/** Who may use a certificate under a grant. */
public enum GranteeKind {
    /** An agency or company, by its unified social credit code (the org_code of its staff tokens). */
    ORGANISATION,
    /** A case (办件), by its case number: whoever handles that case for an agency. */
    CASE
}
