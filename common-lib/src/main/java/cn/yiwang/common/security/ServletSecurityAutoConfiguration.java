package cn.yiwang.common.security;

import cn.yiwang.common.problem.ProblemAutoConfiguration;
import cn.yiwang.common.problem.Problems;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Every servlet service is an OAuth2 resource server (defence in depth: the gateway checks the
 * token too). Stateless, no sessions, no CSRF (no cookies are accepted), JWT validated against
 * the Keycloak realm's issuer and the platform audience, errors as problem responses. A service
 * that needs other rules declares its own {@link SecurityFilterChain}.
 */
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class},
        after = ProblemAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(SecurityFilterChain.class)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableWebSecurity
@EnableMethodSecurity
public class ServletSecurityAutoConfiguration {

    /** Always open: probes, metrics scraping (on the internal network) and API documents. */
    static final String[] ALWAYS_PUBLIC = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    @Bean
    @ConditionalOnMissingBean
    ProblemSecurityHandlers problemSecurityHandlers(Problems problems, JsonMapper json) {
        return new ProblemSecurityHandlers(problems, json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain yiwangSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
                                                  ProblemSecurityHandlers handlers) throws Exception {
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(ALWAYS_PUBLIC).permitAll();
                    if (!properties.publicPaths().isEmpty()) {
                        auth.requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll();
                    }
                    if (!properties.publicGetPaths().isEmpty()) {
                        auth.requestMatchers(HttpMethod.GET, properties.publicGetPaths().toArray(String[]::new)).permitAll();
                    }
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resource -> resource
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ActorJwtConverter()))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
        return http.build();
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty("yiwang.api.base-path")
    SessionController sessionController() {
        return new SessionController();
    }

    @Bean
    WebMvcConfigurer actorArgumentConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RoleGate());
            }
        };
    }

    /** A {@link CallableBy} naming a role the platform does not have stops the service at start-up. */
    @Bean
    SmartInitializingSingleton roleGateVerification(ListableBeanFactory beans) {
        return () -> RoleGate.verify(beans.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMethods().values().stream()).toList());
    }
}
