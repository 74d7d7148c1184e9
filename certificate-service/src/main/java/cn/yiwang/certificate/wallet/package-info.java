/**
 * The holder's wallet and show-on-phone (亮证): a one-time token, valid for a minute, rendered as a
 * QR code that a verifier scans; it reveals only the fields the holder chose (GB/T 36906 sharing
 * with the holder's consent).
 */
package cn.yiwang.certificate.wallet;
