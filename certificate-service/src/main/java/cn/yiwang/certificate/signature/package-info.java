/**
 * Electronic seals in the manner of GB/T 38540: each issuer signs the canonical content of its
 * certificates with its own key (SM2 with SM3, GB/T 32918 and GB/T 32905, by default; ECDSA P-256
 * selectable), keys are stored wrapped, rotate without invalidating earlier seals, and foreign
 * platforms' issuer keys can be trusted by configuration (互通互认).
 */
package cn.yiwang.certificate.signature;
