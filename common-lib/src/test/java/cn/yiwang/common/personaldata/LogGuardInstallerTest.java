package cn.yiwang.common.personaldata;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.context.ApplicationListener;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class LogGuardInstallerTest {

    private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();

    @BeforeEach
    @AfterEach
    void noGuardInstalled() {
        logging.getTurboFilterList().removeIf(LogGuard.class::isInstance);
    }

    @Test
    void everySpringBootProcessGetsTheGuardWithoutWritingLogbackXml() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(ApplicationListener.class, getClass().getClassLoader()))
                .contains(LogGuardInstaller.class.getName());
        new LogGuardInstaller().onApplicationEvent(environmentPrepared(new MockEnvironment()));
        assertThat(logging.getTurboFilterList()).hasAtLeastOneElementOfType(LogGuard.class);
    }

    @Test
    void theGuardCanBeSwitchedOff() {
        MockEnvironment environment = new MockEnvironment().withProperty("yiwang.personal-data.log-guard.enabled", "false");
        new LogGuardInstaller().onApplicationEvent(environmentPrepared(environment));
        assertThat(logging.getTurboFilterList()).noneMatch(LogGuard.class::isInstance);
    }

    private static ApplicationEnvironmentPreparedEvent environmentPrepared(MockEnvironment environment) {
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(), new String[0],
                environment);
    }
}
