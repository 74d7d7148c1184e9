package cn.yiwang.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code yiwang.gateway.*}: the explicitly listed public endpoints; everything else needs a token.
 *
 * @param publicGetPaths paths anyone may read (GET/HEAD)
 * @param publicPaths    paths anyone may call with any method (e.g. certificate verification by QR content)
 */
@ConfigurationProperties("yiwang.gateway")
public record GatewaySecurityProperties(List<String> publicGetPaths, List<String> publicPaths) {

    public GatewaySecurityProperties {
        publicGetPaths = publicGetPaths == null ? List.of() : List.copyOf(publicGetPaths);
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
