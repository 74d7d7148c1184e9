package cn.yiwang.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A web filter placed at a fixed position relative to Spring Security's chain (order -100).
 *
 * @param name what the filter does, returned by {@link #toString()}: WebFlux's filter chain calls
 *             it on every request (a checkpoint label), so it must cost nothing
 */
public record OrderedWebFilter(String name, int order, WebFilter delegate) implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return delegate.filter(exchange, chain);
    }

    @Override
    public int getOrder() {
        return order;
    }

    @Override
    public String toString() {
        return name;
    }
}
