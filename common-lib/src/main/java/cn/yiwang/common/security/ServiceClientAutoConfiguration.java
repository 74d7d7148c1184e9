package cn.yiwang.common.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Service-to-service calls with the calling service's own client-credentials token. Active when
 * {@code yiwang.service-client.client-id} is set. For OpenFeign clients a request interceptor is
 * registered (Feign clients of a Yiwang service only ever call other Yiwang services); for
 * {@code RestClient}s, attach {@link ServiceTokenInterceptor} explicitly.
 */
@AutoConfiguration
@ConditionalOnProperty("yiwang.service-client.client-id")
@EnableConfigurationProperties(ServiceClientProperties.class)
public class ServiceClientAutoConfiguration {

    /** Keycloak's token endpoint below the realm's issuer URL. */
    static final String KEYCLOAK_TOKEN_PATH = "/protocol/openid-connect/token";

    @Bean
    @ConditionalOnMissingBean
    ServiceTokens serviceTokens(ServiceClientProperties properties, Environment environment) {
        String tokenUri = properties.tokenUri();
        if (tokenUri == null || tokenUri.isBlank()) {
            String issuer = environment.getRequiredProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
            tokenUri = issuer.replaceAll("/+$", "") + KEYCLOAK_TOKEN_PATH;
        }
        return new ServiceTokens(properties, tokenUri);
    }

    @Bean
    @ConditionalOnMissingBean
    ServiceTokenInterceptor serviceTokenInterceptor(ServiceTokens tokens) {
        return new ServiceTokenInterceptor(tokens);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "feign.RequestInterceptor")
    static class Feign {

        @Bean
        feign.RequestInterceptor serviceTokenFeignInterceptor(ServiceTokens tokens) {
            return template -> template.header("Authorization", "Bearer " + tokens.accessToken());
        }
    }
}
