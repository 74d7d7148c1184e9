package cn.yiwang.common.calendar;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The official working-day calendar and the time-limit clock, for every service. */
@AutoConfiguration
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
        // Loaded at startup so that a broken operator file stops the service, not a deadline later.
        return properties.location() == null
                ? WorkingDayCalendar.shipped()
                : WorkingDayCalendar.shippedWith(properties.location());
    }

    @Bean
    @ConditionalOnMissingBean
    TimeLimitClock timeLimitClock(WorkingDayCalendar calendar) {
        return new TimeLimitClock(calendar);
    }
}
