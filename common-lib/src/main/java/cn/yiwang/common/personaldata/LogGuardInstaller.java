package cn.yiwang.common.personaldata;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * Installs the {@link LogGuard} in every Yiwang process right after Spring Boot has configured
 * logging, before any bean is created, so no service writes logback XML for it. Registered in
 * {@code META-INF/spring.factories}; {@code yiwang.personal-data.log-guard.enabled=false} turns it off.
 */
public class LogGuardInstaller implements GenericApplicationListener {

    private static final boolean LOGBACK_PRESENT =
            ClassUtils.isPresent("ch.qos.logback.classic.LoggerContext", LogGuardInstaller.class.getClassLoader());

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        Class<?> type = eventType.getRawClass();
        return type != null && ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        ApplicationEnvironmentPreparedEvent prepared = (ApplicationEnvironmentPreparedEvent) event;
        boolean enabled = prepared.getEnvironment()
                .getProperty("yiwang.personal-data.log-guard.enabled", Boolean.class, true);
        if (enabled && LOGBACK_PRESENT && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            LogGuard.installOn(context);
        }
    }

    /** Just after Boot's logging listener, which resets Logback (and its turbo filters). */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
