package cn.yiwang.hotline.support;

import cn.yiwang.common.security.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document describes what clients send. The caller ({@link Actor}) comes from the
 * token, not from the request, so it must not appear as a parameter (common-lib does not say so
 * to springdoc yet).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }
}
