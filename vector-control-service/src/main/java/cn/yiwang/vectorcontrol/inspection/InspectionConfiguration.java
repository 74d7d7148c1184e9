package cn.yiwang.vectorcontrol.inspection;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled escalation scan. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class InspectionConfiguration {
}
