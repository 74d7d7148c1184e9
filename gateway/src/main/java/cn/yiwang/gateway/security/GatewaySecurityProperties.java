package cn.yiwang.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code yiwang.gateway.*}: the explicitly listed public endpoints; everything else needs a token.
 *
 * @param publicGetPaths paths anyone may read (GET/HEAD)
 * @param publicPaths    paths anyone may call with any method (e.g. certificate verification by QR content)
 * @param corsOrigins    browser origins of the web and mobile front ends allowed to call the API
 */
@ConfigurationProperties("yiwang.gateway")
public record GatewaySecurityProperties(List<String> publicGetPaths, List<String> publicPaths, List<String> corsOrigins) {

    public GatewaySecurityProperties {
        publicGetPaths = publicGetPaths == null ? List.of() : List.copyOf(publicGetPaths);
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    }
}
