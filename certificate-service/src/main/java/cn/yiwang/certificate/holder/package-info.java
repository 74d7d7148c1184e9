/**
 * Who a certificate belongs to: holder ID types (111 citizen ID number, GB 11643; 001 unified
 * social credit code, GB 32100), and how the number is kept: encrypted at rest with a keyed hash
 * beside it, by which a holder finds their wallet, and masked for anyone but the holder.
 */
package cn.yiwang.certificate.holder;
