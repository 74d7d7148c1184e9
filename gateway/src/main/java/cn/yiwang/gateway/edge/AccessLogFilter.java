package cn.yiwang.gateway.edge;

import cn.yiwang.gateway.tracing.RequestIdFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One line per request: request id, route, method, path, status, latency and client id. Never the
 * query string, headers or body: they may hold tokens, ID numbers or phone numbers, and the
 * access log is read by operators who must not see personal data. {@link AccessLogWriter} writes
 * the lines off the event loop.
 */
@Component
public class AccessLogFilter implements WebFilter, Ordered {

    private final AccessLogWriter accessLog;

    public AccessLogFilter(AccessLogWriter accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        return chain.filter(exchange)
                .doFinally(signal -> {
                    Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
                    HttpStatusCode status = exchange.getResponse().getStatusCode();
                    accessLog.write(
                            exchange.getAttributeOrDefault(RequestIdFilter.REQUEST_ID, "-"),
                            route == null ? "-" : route.getId(),
                            exchange.getRequest().getMethod(),
                            exchange.getRequest().getPath().value(),
                            status == null ? "-" : status.value(),
                            (System.nanoTime() - started) / 1_000_000,
                            exchange.getAttributeOrDefault(CallerFilter.CLIENT_ID, "-"));
                });
    }

    @Override
    public int getOrder() {
        // Just after the request id is set, so every refusal (401, 429) is logged too.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    /** WebFlux's filter chain labels every request with this (a checkpoint): a constant costs nothing. */
    @Override
    public String toString() {
        return "AccessLog";
    }
}
