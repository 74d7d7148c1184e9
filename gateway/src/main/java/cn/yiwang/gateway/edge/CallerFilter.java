package cn.yiwang.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Records who is calling (OAuth2 client and subject of the validated token) on the exchange, for
 * the per-client rate limit and the access log. Runs right after Spring Security's chain (-100),
 * which is where the validated authentication becomes visible.
 */
@Component
public class CallerFilter implements WebFilter, Ordered {

    /** Exchange attribute: the token's {@code azp} (OAuth2 client id). */
    public static final String CLIENT_ID = "yiwang.clientId";
    /** Exchange attribute: client id and subject, the key of the per-client limit. */
    public static final String CALLER_KEY = "yiwang.callerKey";
    public static final int ORDER = -99;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .doOnNext(context -> {
                    if (context.getAuthentication() instanceof JwtAuthenticationToken token) {
                        String client = token.getToken().getClaimAsString("azp");
                        exchange.getAttributes().put(CLIENT_ID, client == null ? "-" : client);
                        exchange.getAttributes().put(CALLER_KEY, client + "/" + token.getToken().getSubject());
                    }
                })
                .then(chain.filter(exchange));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** WebFlux's filter chain labels every request with this (a checkpoint): a constant costs nothing. */
    @Override
    public String toString() {
        return "Caller";
    }
}
