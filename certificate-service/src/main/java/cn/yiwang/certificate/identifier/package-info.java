/**
 * Certificate identifiers of GB/T 36904 ({@code 1.2.156.3005.2.<type>.<issuer>.<serial>.<version>.<check>})
 * with the ISO/IEC 7064 MOD 37,36 check character, so a mistyped identifier is caught before any lookup.
 */
package cn.yiwang.certificate.identifier;
