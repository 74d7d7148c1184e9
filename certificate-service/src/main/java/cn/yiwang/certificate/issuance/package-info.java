/**
 * Issuing certificates (制证, GB/T 36901–36906): by an issuing body, from a concluded case, or by
 * historical import (归集); each version sealed by its issuer, with its status (valid, suspended,
 * revoked, cancelled, expired) and corrections as new versions that supersede the old one.
 */
package cn.yiwang.certificate.issuance;
