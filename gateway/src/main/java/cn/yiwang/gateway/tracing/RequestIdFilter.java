package cn.yiwang.gateway.tracing;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.security.SecureRandom;
import java.util.HexFormat;
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
    private static final SecureRandom RANDOM = new SecureRandom();

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

    static String newRequestId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String newTraceparent() {
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        RANDOM.nextBytes(trace);
        RANDOM.nextBytes(span);
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
    }

}
