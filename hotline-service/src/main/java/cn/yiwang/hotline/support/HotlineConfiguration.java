package cn.yiwang.hotline.support;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** Service-wide wiring: the clock (replaceable in tests), configuration records, scheduled sweeps. */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("cn.yiwang.hotline")
@EnableScheduling
public class HotlineConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
