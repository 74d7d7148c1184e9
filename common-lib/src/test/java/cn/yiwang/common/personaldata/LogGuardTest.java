package cn.yiwang.common.personaldata;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogGuardTest {

    private static final String ID = "610326199001011233";

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger log;

    @BeforeEach
    void guardedContext() {
        captured.setContext(context);
        captured.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(captured);
        root.setLevel(Level.INFO);
        LogGuard.installOn(context);
        log = context.getLogger("cn.yiwang.cases.Intake");
    }

    @Test
    void anIdNumberPassedAsArgumentIsMasked() {
        log.info("application from {} received", ID);
        assertThat(captured.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).isEqualTo("application from 6103**********1233 received");
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getLoggerName()).isEqualTo("cn.yiwang.cases.Intake");
        });
    }

    @Test
    void aPhoneWrittenIntoTheMessageItselfIsMasked() {
        log.warn("callback to 13812341234 failed");
        assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("callback to 138****1234 failed");
    }

    @Test
    void anExceptionMessageCarryingAnIdNumberIsMaskedWithItsStackTraceKept() {
        IllegalStateException failure = new IllegalStateException("duplicate key (id_number)=(" + ID + ")",
                new RuntimeException("row " + ID));
        log.error("saving failed for {}", "case 42", failure);
        ILoggingEvent event = captured.list.get(0);
        String printed = ThrowableProxyUtil.asString(event.getThrowableProxy());
        assertThat(event.getFormattedMessage()).isEqualTo("saving failed for case 42");
        assertThat(printed).doesNotContain(ID).contains("java.lang.IllegalStateException: duplicate key (id_number)=(6103**********1233)")
                .contains("LogGuardTest");
    }

    @Test
    void messagesWithoutPersonalDataPassUntouched() {
        log.info("case {} accepted, order 610326199001011234", 42);
        assertThat(captured.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).isEqualTo("case 42 accepted, order 610326199001011234");
            assertThat(event.getArgumentArray()).containsExactly(42);
        });
    }

    @Test
    void disabledLevelsStaySilent() {
        log.debug("debug {}", ID);
        assertThat(captured.list).isEmpty();
    }

    @Test
    void theGuardSurvivesALogbackReconfiguration() {
        context.reset();
        assertThat(context.getTurboFilterList()).hasAtLeastOneElementOfType(LogGuard.class);
        captured.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(captured);
        log.info("again {}", ID);
        assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("again 6103**********1233");
    }
}
