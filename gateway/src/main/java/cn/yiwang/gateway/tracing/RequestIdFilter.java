package cn.yiwang.gateway.tracing;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request a request id ({@code X-Request-Id}) and a W3C {@code traceparent}, keeps
 * valid ones a caller sent, forwards both to the service and returns both to the caller, so a
 * citizen's complaint can be traced through every service's logs.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";

    private static final Pattern VALID_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final Pattern VALID_TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final HexFormat HEX = HexFormat.of();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String requestId = valid(request.getHeaders().getFirst(REQUEST_ID), VALID_REQUEST_ID, RequestIdFilter::newRequestId);
        String traceparent = valid(request.getHeaders().getFirst(TRACEPARENT), VALID_TRACEPARENT, RequestIdFilter::newTraceparent);
        ServerHttpRequest forwarded = request.mutate()
                .headers(headers -> {
                    headers.set(REQUEST_ID, requestId);
                    headers.set(TRACEPARENT, traceparent);
                })
                .build();
        exchange.getResponse().getHeaders().set(REQUEST_ID, requestId);
        exchange.getResponse().getHeaders().set(TRACEPARENT, traceparent);
        exchange.getAttributes().put(REQUEST_ID, requestId);
        return chain.filter(exchange.mutate().request(forwarded).build());
    }

    @Override
    public int getOrder() {
        // Before security, so even a 401 carries the ids.
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static String valid(String given, Pattern pattern, java.util.function.Supplier<String> fresh) {
        return given != null && pattern.matcher(given).matches() ? given : fresh.get();
    }

    // Ids must be unique, not secret (W3C Trace Context §3.2.2.3 asks for randomness, not for a
    // cryptographic generator; Brave uses a plain one too): ThreadLocalRandom needs no lock, where
    // SecureRandom (NativePRNG) serialised all event loops on one lock and SHA-1 mixing three times
    // per request.
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextInt());
    }

    static String newTraceparent() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong();
        long low = random.nextLong();
        if (high == 0 && low == 0) {
            low = 1; // an all-zero trace id is invalid (W3C Trace Context §3.2.2.3)
        }
        long span = random.nextLong();
        return "00-" + HEX.toHexDigits(high) + HEX.toHexDigits(low) + "-"
                + HEX.toHexDigits(span == 0 ? 1 : span) + "-01";
    }

    /** WebFlux's filter chain labels every request with this (a checkpoint): a constant costs nothing. */
    @Override
    public String toString() {
        return "RequestId";
    }
}
