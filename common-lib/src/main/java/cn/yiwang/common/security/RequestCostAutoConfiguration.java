package cn.yiwang.common.security;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * What security costs on every request, kept small on every service and the gateway: a verified
 * bearer token is kept for the caller's next requests ({@link VerifiedTokens}; off with
 * {@code yiwang.security.verified-tokens.enabled=false}), and Spring Security does not open an
 * observation per filter, authentication and authorization decision (about a tenth of the CPU of a
 * request at the gateway; status, latency and route are in {@code http.server.requests} and the
 * gateway's access log).
 */
@AutoConfiguration
@ConditionalOnClass(JwtDecoder.class)
public class RequestCostAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnClass(SecurityObservationSettings.class)
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnProperty(value = "yiwang.security.verified-tokens.enabled", matchIfMissing = true)
    static BeanPostProcessor verifiedTokenDecoders() {
        VerifiedTokens tokens = VerifiedTokens.withDefaults();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
                if (bean instanceof JwtDecoder decoder) {
                    return tokens.in(decoder);
                }
                if (bean instanceof ReactiveJwtDecoder decoder) {
                    return tokens.in(decoder);
                }
                return bean;
            }
        };
    }
}
