package cn.yiwang.hotline.triage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The triage rules from configuration. */
@Configuration(proxyBeanMethods = false)
class TriageConfiguration {

    @Bean
    TriageRules triageRules(TriageProperties properties) {
        return properties.rules();
    }
}
