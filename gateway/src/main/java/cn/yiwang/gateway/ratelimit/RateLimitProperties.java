package cn.yiwang.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code yiwang.gateway.rate-limit.*}. Each limit is a token bucket: {@code capacity} requests at
 * once, refilled at {@code refill} requests per {@code period}.
 *
 * @param enabled       switch (benchmarks of the backends turn it off)
 * @param anonymous     per source address, for requests without a token (stricter: anyone can send them)
 * @param perAddress    per source address, for all requests (a county office behind one NAT shares it)
 * @param perClient     per OAuth2 client and user, after the token is validated
 * @param trackedKeys   how many addresses/clients are tracked at once (least recently used are dropped)
 */
@ConfigurationProperties("yiwang.gateway.rate-limit")
public record RateLimitProperties(boolean enabled, Limit anonymous, Limit perAddress, Limit perClient, long trackedKeys) {

    public RateLimitProperties {
        anonymous = anonymous == null ? new Limit(20, 10, Duration.ofSeconds(1)) : anonymous;
        perAddress = perAddress == null ? new Limit(400, 200, Duration.ofSeconds(1)) : perAddress;
        perClient = perClient == null ? new Limit(100, 50, Duration.ofSeconds(1)) : perClient;
        trackedKeys = trackedKeys <= 0 ? 100_000 : trackedKeys;
    }

    public record Limit(long capacity, long refill, Duration period) {
    }
}
