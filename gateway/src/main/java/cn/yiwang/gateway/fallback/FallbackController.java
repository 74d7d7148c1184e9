package cn.yiwang.gateway.fallback;

import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.gateway.security.ReactiveProblemWriter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.concurrent.TimeoutException;

/**
 * Where the circuit breaker of a route forwards when the service fails, is open, or times out:
 * a 503 (or 504 for a timeout) problem that names the unavailable service, instead of a bare
 * connection error. Nothing is retried here: a non-idempotent request must not run twice.
 */
@RestController
public class FallbackController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FallbackController.class);

    private final ReactiveProblemWriter problems;

    public FallbackController(ReactiveProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service}")
    public Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause != null && !cause.getClass().getSimpleName().equals("CallNotPermittedException")) {
            // The failure itself (not every refused call while the breaker is open), for operators.
            log.warn("{} failed behind its circuit breaker: {}", service, cause.toString());
        }
        if (isTimeout(cause)) {
            return problems.write(exchange, ProblemKind.GATEWAY_TIMEOUT, "problem.gateway-timeout.detail", service);
        }
        exchange.getResponse().getHeaders().set("Retry-After", "10");
        return problems.write(exchange, ProblemKind.SERVICE_UNAVAILABLE, "problem.service-unavailable.detail", service);
    }

    private static boolean isTimeout(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }
}
