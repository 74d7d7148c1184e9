package cn.yiwang.review.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** Service-local wiring: one clock for every rule that depends on time, and the scheduled jobs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ReviewConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
