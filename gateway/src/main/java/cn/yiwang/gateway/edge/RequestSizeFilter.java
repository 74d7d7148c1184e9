package cn.yiwang.gateway.edge;

import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.gateway.security.ReactiveProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses bodies larger than {@code yiwang.gateway.max-request-size} with a 413 problem before
 * they are read or forwarded, so an oversize request costs the platform almost nothing.
 */
@Component
public class RequestSizeFilter implements WebFilter, Ordered {

    private final long maxBytes;
    private final ReactiveProblemWriter problems;

    public RequestSizeFilter(@Value("${yiwang.gateway.max-request-size:2MB}") DataSize maxSize, ReactiveProblemWriter problems) {
        this.maxBytes = maxSize.toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > maxBytes) {
            return problems.write(exchange, ProblemKind.PAYLOAD_TOO_LARGE, "problem.payload-too-large.detail");
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    /** WebFlux's filter chain labels every request with this (a checkpoint): a constant costs nothing. */
    @Override
    public String toString() {
        return "RequestSizeLimit";
    }
}
