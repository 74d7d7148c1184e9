package cn.yiwang.gateway.ratelimit;

import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.gateway.edge.CallerFilter;
import cn.yiwang.gateway.edge.OrderedWebFilter;
import cn.yiwang.gateway.security.ReactiveProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Two layers of limits, both answering 429 with {@code Retry-After}: by source address before the
 * token is even looked at (so a flood of bad tokens is cheap to refuse), stricter for requests
 * without a token; then by client and user once the token is valid, so one partner system cannot
 * starve the others.
 */
@Configuration
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitFilters {

    /** Security's filter chain runs at -100: the address limit runs before it, the client limit after it. */
    static final int BEFORE_SECURITY = -200;
    static final int AFTER_CALLER_KNOWN = CallerFilter.ORDER + 1;

    @Bean
    WebFilter addressRateLimitFilter(RateLimitProperties properties, ReactiveProblemWriter problems) {
        RateLimiter all = new RateLimiter(properties.perAddress(), properties.trackedKeys());
        RateLimiter anonymous = new RateLimiter(properties.anonymous(), properties.trackedKeys());
        return new OrderedWebFilter("AddressRateLimit", BEFORE_SECURITY, (exchange, chain) -> {
            if (!properties.enabled()) {
                return chain.filter(exchange);
            }
            String address = address(exchange);
            Duration wait = all.tryConsume(address);
            if (wait.isZero() && !exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                wait = anonymous.tryConsume(address);
            }
            return wait.isZero() ? chain.filter(exchange) : tooMany(exchange, wait, problems);
        });
    }

    @Bean
    WebFilter clientRateLimitFilter(RateLimitProperties properties, ReactiveProblemWriter problems) {
        RateLimiter perClient = new RateLimiter(properties.perClient(), properties.trackedKeys());
        return new OrderedWebFilter("ClientRateLimit", AFTER_CALLER_KNOWN, (exchange, chain) -> {
            if (!properties.enabled()) {
                return chain.filter(exchange);
            }
            String caller = exchange.getAttribute(CallerFilter.CALLER_KEY);
            Duration wait = caller == null ? Duration.ZERO : perClient.tryConsume(caller);
            return wait.isZero() ? chain.filter(exchange) : tooMany(exchange, wait, problems);
        });
    }

    private static Mono<Void> tooMany(ServerWebExchange exchange, Duration wait, ReactiveProblemWriter problems) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, ProblemKind.TOO_MANY_REQUESTS, "problem.too-many-requests.detail", seconds);
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

}
