/**
 * Use authorisation (用证授权, GB/T 36906 sharing with the holder's consent): the holder grants one
 * agency or one case the use of one certificate for a stated reason (at most 200 characters) until a
 * time; the agency then gets a copy marked with purpose and time (加注件), and every read is logged
 * for the holder.
 */
package cn.yiwang.certificate.authorisation;
