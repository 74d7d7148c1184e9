package cn.yiwang.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;

/**
 * Token buckets per key, kept in a bounded cache so a flood of distinct addresses cannot exhaust
 * memory. Buckets are local to one gateway instance: with n instances behind a load balancer the
 * effective limit is about n times higher (a distributed Bucket4j backend would fix that).
 */
public final class RateLimiter {

    private final RateLimitProperties.Limit limit;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(RateLimitProperties.Limit limit, long trackedKeys) {
        this.limit = limit;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(trackedKeys)
                .expireAfterAccess(limit.period().multipliedBy(Math.max(2, limit.capacity() / Math.max(1, limit.refill()) + 2)))
                .build();
    }

    /** Zero when the request may pass, otherwise how long to wait before retrying. */
    public Duration tryConsume(String key) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.refill(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
