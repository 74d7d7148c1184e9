package cn.yiwang.vectorcontrol.complaint;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplaintProperties.class)
class ComplaintConfiguration {
}
