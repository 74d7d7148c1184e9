/**
 * Service-local glue the features share where their logic is the same: the Idempotency-Key ledgers of
 * applications, and the local copies of catalog-published versions.
 */
package cn.yiwang.cases.support;
