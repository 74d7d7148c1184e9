package cn.yiwang.cases.clock;

import cn.yiwang.common.calendar.TimeLimitClock;
import cn.yiwang.common.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The case clock on common-lib's calendar beans, and the wall clock (replaceable in tests). */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    CaseClock caseClock(TimeLimitClock clock, WorkingDayCalendar calendar,
                        @Value("${yiwang.cases.clock.yellow-share:0.25}") double yellowShare) {
        return new CaseClock(clock, calendar, new ColourPolicy(yellowShare));
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
