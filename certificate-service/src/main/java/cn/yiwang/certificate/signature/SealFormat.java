package cn.yiwang.certificate.signature;

/**
 * How a seal's value is laid out. Stored with every seal, so seals made before the structure was
 * introduced keep verifying by the rule they were made with.
 */
public enum SealFormat {

    /** The first format: a bare DER signature over the canonical content (kept for existing certificates and partners). */
    RAW,
    /** An electronic-seal structure in the manner of GB/T 38540 ({@link ElectronicSeal}), DER-encoded. */
    SES
}
