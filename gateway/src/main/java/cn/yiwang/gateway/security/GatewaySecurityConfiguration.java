package cn.yiwang.gateway.security;

import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.common.security.ActorJwtConverter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * The edge checks every token (issuer, signature, expiry, audience) before a request reaches a
 * service, and relays it unchanged; the services check it again (defence in depth). Only the
 * explicitly listed public endpoints pass without one.
 */
@Configuration
@EnableWebFluxSecurity
@EnableConfigurationProperties(GatewaySecurityProperties.class)
public class GatewaySecurityConfiguration {

    static final String[] ALWAYS_PUBLIC = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/webjars/**", "/fallback/**"};

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, GatewaySecurityProperties properties,
                                           ReactiveProblemWriter problems) {
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(ALWAYS_PUBLIC).permitAll();
                    exchanges.pathMatchers(HttpMethod.OPTIONS).permitAll();
                    if (!properties.publicGetPaths().isEmpty()) {
                        exchanges.pathMatchers(HttpMethod.GET, properties.publicGetPaths().toArray(String[]::new)).permitAll();
                        exchanges.pathMatchers(HttpMethod.HEAD, properties.publicGetPaths().toArray(String[]::new)).permitAll();
                    }
                    if (!properties.publicPaths().isEmpty()) {
                        exchanges.pathMatchers(properties.publicPaths().toArray(String[]::new)).permitAll();
                    }
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(resource -> resource
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(new ActorJwtConverter())))
                        .authenticationEntryPoint((exchange, e) -> {
                            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"yiwang\"");
                            return problems.write(exchange, ProblemKind.UNAUTHORIZED, "problem.unauthorized.detail");
                        })
                        .accessDeniedHandler((exchange, e) ->
                                problems.write(exchange, ProblemKind.FORBIDDEN, "problem.forbidden.detail")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((exchange, e) ->
                                problems.write(exchange, ProblemKind.UNAUTHORIZED, "problem.unauthorized.detail"))
                        .accessDeniedHandler((exchange, e) ->
                                problems.write(exchange, ProblemKind.FORBIDDEN, "problem.forbidden.detail")));
        return http.build();
    }
}
