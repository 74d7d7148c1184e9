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
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import java.util.List;

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
            "/webjars/**", "/fallback/**",
            // The ops console (only where switched on; its own filter admits only the allowed addresses).
            "/ops", "/ops/**"};

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, GatewaySecurityProperties properties,
                                           ReactiveProblemWriter problems) {
        // Stateless: no web session is created or looked up for any request (the default
        // repository keeps the security context in a WebSession, created off the event loop).
        http.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .cors(cors -> cors.configurationSource(corsSource(properties)))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'")))
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

    /**
     * Only the configured front-end origins may call from a browser; tokens travel in the
     * Authorization header, never in cookies, so credentials are not allowed.
     */
    static CorsConfigurationSource corsSource(GatewaySecurityProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept-Language", "If-Match",
                "Idempotency-Key", "X-Request-Id", "traceparent"));
        cors.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "X-Request-Id", "traceparent"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
