/**
 * Objections (异议): a holder disputes data on their certificate; the issuer decides within a
 * configurable time, either correcting it (a new version, GB/T 36904 version segment) or rejecting
 * the objection with a reason.
 */
package cn.yiwang.certificate.objection;
