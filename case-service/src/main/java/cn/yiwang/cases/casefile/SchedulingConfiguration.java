package cn.yiwang.cases.casefile;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The scans run on a schedule unless switched off ({@code yiwang.cases.scan.enabled=false}, e.g. in tests that drive them). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "yiwang.cases.scan.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
