package cn.yiwang.common.personaldata;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * The {@link PersonalDataProtector} for services that hold personal data.
 *
 * <p>The bean is {@link Lazy}: it is built, and its keys checked, when something first needs it.
 * A service that injects it (every service that stores personal data) therefore fails at startup
 * with a message naming the missing settings — there are no default keys — while services and
 * tests that never touch personal data (the service skeletons) start without any key material.
 * {@code yiwang.personal-data.enabled=false} removes the bean altogether.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "yiwang.personal-data", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataAutoConfiguration {

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    PersonalDataProtector personalDataProtector(PersonalDataProperties properties) {
        return PersonalDataProtector.from(properties);
    }
}
