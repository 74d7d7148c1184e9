package cn.yiwang.gateway.opsconsole;

import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.gateway.edge.OrderedWebFilter;
import cn.yiwang.gateway.security.ReactiveProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.util.matcher.IpAddressServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Flux;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

/**
 * The console at {@code /ops/}: a static page (charts from the ECharts webjar packaged at build
 * time, no CDN) and {@code /ops/api/figures}. It needs no login, so it answers only callers from
 * the allowed addresses (loopback by default) and only where it is switched on.
 */
@Configuration
@ConditionalOnProperty(name = "yiwang.ops-console.enabled", havingValue = "true")
@EnableConfigurationProperties(OpsConsoleProperties.class)
public class OpsConsoleConfiguration {

    static final String PATH = "/ops";
    /** Before the address rate limit and security, so a refused caller costs nothing else. */
    static final int ORDER = -300;

    @Bean
    MetricsCollector opsMetricsCollector(OpsConsoleProperties properties) {
        return new MetricsCollector(properties, Clock.systemUTC());
    }

    @Bean
    RouterFunction<ServerResponse> opsConsoleRoutes(MetricsCollector collector) {
        ClassPathResource page = new ClassPathResource("ops-console/index.html");
        return RouterFunctions.route(GET(PATH), request -> ServerResponse.temporaryRedirect(URI.create(PATH + "/")).build())
                .andRoute(GET(PATH + "/"), request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                        .cacheControl(CacheControl.noCache()).bodyValue(page))
                .andRoute(GET(PATH + "/api/figures"), request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                        .bodyValue(collector.figures()))
                .and(RouterFunctions.resources(PATH + "/**", new ClassPathResource("ops-console/")));
    }

    @Bean
    WebFilter opsConsoleAddressFilter(OpsConsoleProperties properties, ReactiveProblemWriter problems) {
        List<IpAddressServerWebExchangeMatcher> allowed = properties.allowedAddresses().stream()
                .map(IpAddressServerWebExchangeMatcher::new).toList();
        return new OrderedWebFilter("OpsConsoleAccess", ORDER, (exchange, chain) -> {
            String path = exchange.getRequest().getPath().pathWithinApplication().value();
            if (!path.equals(PATH) && !path.startsWith(PATH + "/")) {
                return chain.filter(exchange);
            }
            return Flux.fromIterable(allowed).<MatchResult>concatMap(matcher -> matcher.matches(exchange)).any(result -> result.isMatch())
                    .flatMap(permitted -> permitted ? chain.filter(exchange)
                            : problems.write(exchange, ProblemKind.FORBIDDEN, "problem.forbidden.detail"));
        });
    }
}
