/**
 * Personal data at rest and in sight: field encryption with rotating keys, a keyed hash for exact
 * lookup, masking for responses, and a log guard that keeps ID numbers and phones out of logs.
 */
package cn.yiwang.common.personaldata;
