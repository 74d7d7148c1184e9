package cn.yiwang.common.personaldata;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;
import org.slf4j.helpers.FormattingTuple;
import org.slf4j.helpers.MessageFormatter;

/**
 * Keeps citizen ID numbers, credit codes and mobile numbers out of logs (DOMAIN.md §6: never
 * write them to logs). A Logback turbo filter sees every logging call before an event exists;
 * when the formatted message or an exception message contains such a value, it drops the call
 * and hands the appenders an equivalent event with the value masked. Calls without personal
 * data pass untouched. Works with any appender and layout, including Spring Boot's defaults.
 *
 * <p>Not covered: MDC values, key-value pairs of the fluent API and values split across arguments.
 */
public class LogGuard extends TurboFilter {

    static final String NAME = "yiwang-personal-data-log-guard";
    private static final String LOGGER_FQCN = Logger.class.getName();
    private static final int MAX_CAUSES = 16;

    public LogGuard() {
        setName(NAME);
    }

    /** Adds the guard to the context once, and again after every reset (reconfiguration). */
    public static void installOn(LoggerContext context) {
        boolean present = context.getTurboFilterList().stream().anyMatch(LogGuard.class::isInstance);
        if (!present) {
            LogGuard guard = new LogGuard();
            guard.setContext(context);
            guard.start();
            context.addTurboFilter(guard);
        }
        if (context.getCopyOfListenerList().stream().noneMatch(Reinstaller.class::isInstance)) {
            context.addListener(new Reinstaller());
        }
        // Re-emitted events must still report the application's class as caller, not this one.
        if (!context.getFrameworkPackages().contains(LogGuard.class.getPackageName())) {
            context.getFrameworkPackages().add(LogGuard.class.getPackageName());
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        // Level checks (isDebugEnabled…) pass no message; disabled calls never produce output.
        if (format == null || !isStarted() || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        FormattingTuple formatted = params == null || params.length == 0
                ? new FormattingTuple(format) : MessageFormatter.arrayFormat(format, params);
        String message = formatted.getMessage();
        Throwable thrown = t != null ? t : formatted.getThrowable();
        String maskedMessage = Masking.inText(message);
        Throwable maskedThrown = mask(thrown, 0);
        if (maskedMessage.equals(message) && maskedThrown == thrown) {
            return FilterReply.NEUTRAL;
        }
        LoggingEvent event = new LoggingEvent(LOGGER_FQCN, logger, level, maskedMessage, maskedThrown, null);
        if (marker != null) {
            event.addMarker(marker);
        }
        logger.callAppenders(event);
        return FilterReply.DENY;
    }

    /** The same throwable when its chain holds no personal data, otherwise a masked copy. */
    private static Throwable mask(Throwable thrown, int depth) {
        if (thrown == null || depth > MAX_CAUSES) {
            return thrown;
        }
        Throwable cause = thrown.getCause() == thrown ? null : mask(thrown.getCause(), depth + 1);
        String message = thrown.getMessage();
        String masked = Masking.inText(message);
        if (cause == thrown.getCause() && (message == null || masked.equals(message))) {
            return thrown;
        }
        MaskedThrowable copy = new MaskedThrowable(thrown.getClass().getName() + (masked == null ? "" : ": " + masked), cause);
        copy.setStackTrace(thrown.getStackTrace());
        return copy;
    }

    /** Stands in for a throwable whose message held personal data; names the original class. */
    static final class MaskedThrowable extends RuntimeException {
        MaskedThrowable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Logback's reset (a reconfiguration) clears turbo filters: put the guard back. */
    static final class Reinstaller implements LoggerContextListener {

        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onReset(LoggerContext context) {
            LogGuard.installOn(context);
        }

        @Override
        public void onStart(LoggerContext context) {
        }

        @Override
        public void onStop(LoggerContext context) {
        }

        @Override
        public void onLevelChange(Logger logger, Level level) {
        }
    }
}
