/** Submissions filed once per {@code Idempotency-Key}: retries and concurrent duplicates find what the first filed. */
package cn.yiwang.common.idempotency;
