package cn.yiwang.common.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code yiwang.security.*}: what a service opens to anonymous callers. Everything not listed
 * needs a valid token; health, info, metrics and API docs are always open.
 *
 * @param publicPaths    Ant-style paths open to anyone for any method (e.g. a public verifier)
 * @param publicGetPaths Ant-style paths open to anyone for GET only (e.g. published guides)
 */
@ConfigurationProperties("yiwang.security")
public record SecurityProperties(List<String> publicPaths, List<String> publicGetPaths) {

    public SecurityProperties {
        publicPaths = publicPaths == null ? new ArrayList<>() : List.copyOf(publicPaths);
        publicGetPaths = publicGetPaths == null ? new ArrayList<>() : List.copyOf(publicGetPaths);
    }
}
