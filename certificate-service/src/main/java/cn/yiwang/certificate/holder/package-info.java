/**
 * Who a certificate belongs to: holder ID types (111 citizen ID number, GB 11643; 001 unified
 * social credit code, GB 32100), checked and masked with common-lib's identifier and personal-data
 * rules; the number is stored encrypted with its keyed hash beside it, by which a holder finds
 * their wallet.
 */
package cn.yiwang.certificate.holder;
