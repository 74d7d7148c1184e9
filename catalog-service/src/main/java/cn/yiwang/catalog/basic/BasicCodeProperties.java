package cn.yiwang.catalog.basic;

import cn.yiwang.catalog.codes.BasicCodeLayout;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * {@code yiwang.catalog.basic-code.segments}: the basic code layout (DOMAIN.md §2, configurable).
 * Without segments the national layout applies. A layout that cannot work stops the service at
 * start-up with the reason, rather than letting it accept or refuse codes by an unintended rule.
 */
@ConfigurationProperties("yiwang.catalog.basic-code")
public record BasicCodeProperties(List<BasicCodeLayout.Segment> segments) {

    public BasicCodeProperties {
        segments = segments == null || segments.isEmpty() ? BasicCodeLayout.NATIONAL.segments() : List.copyOf(segments);
        layoutOf(segments);
    }

    public BasicCodeLayout layout() {
        return layoutOf(segments);
    }

    private static BasicCodeLayout layoutOf(List<BasicCodeLayout.Segment> segments) {
        try {
            return new BasicCodeLayout(segments);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("yiwang.catalog.basic-code.segments: " + invalid.getMessage(), invalid);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(BasicCodeProperties.class)
    static class LayoutConfiguration {

        @Bean
        BasicCodeLayout basicCodeLayout(BasicCodeProperties properties) {
            return properties.layout();
        }
    }
}
