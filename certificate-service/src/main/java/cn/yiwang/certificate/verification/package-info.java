/**
 * Public verification (核验, GB/T 36906): by identifier or by the content of a QR code, checks the
 * seal in the order of GB/T 38540 (key known and trusted, key of this issuer, signature over the
 * content), then status and validity, and answers genuine or not with reasons, revealing only the
 * minimum (or what the holder chose to show).
 */
package cn.yiwang.certificate.verification;
