package cn.yiwang.common.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code yiwang.service-client.*}: this service's own OAuth2 client (one per service in the realm)
 * for calls to other Yiwang services. Set through the environment
 * ({@code YIWANG_SERVICECLIENT_CLIENTID}, {@code YIWANG_SERVICECLIENT_CLIENTSECRET}).
 *
 * @param clientId     the service's client id in the realm, e.g. {@code case-service}
 * @param clientSecret its secret (generated per installation, never committed)
 * @param tokenUri     the token endpoint; by default the realm's, derived from the issuer
 */
@ConfigurationProperties("yiwang.service-client")
public record ServiceClientProperties(String clientId, String clientSecret, String tokenUri) {
}
