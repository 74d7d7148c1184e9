package cn.yiwang.gateway.edge;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class AccessLogWriterTest {

    @Test
    void noAccessLineIsLostWhenTheLogFallsBehindAndNoneIsWrittenOnTheRequestsThread() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger access = context.getLogger(AccessLogWriter.LOGGER);
        SlowAppender slow = new SlowAppender();
        slow.setContext(context);
        slow.start();
        access.addAppender(slow);
        AccessLogWriter writer = new AccessLogWriter(16);
        try {
            for (int i = 0; i < 500; i++) {
                writer.write("r" + i, "catalog-service", "GET", "/api/v1/catalog/public/ping", 200, 1, "-");
            }
        } finally {
            writer.destroy();
            access.detachAppender(slow);
        }
        assertThat(slow.lines).hasSize(500)
                .startsWith("request_id=r0 route=catalog-service method=GET path=/api/v1/catalog/public/ping status=200 latency_ms=1 client=-")
                .endsWith("request_id=r499 route=catalog-service method=GET path=/api/v1/catalog/public/ping status=200 latency_ms=1 client=-");
        assertThat(slow.threads).containsOnly("yiwang-access-log");
    }

    /** A destination slower than the requests, so the 16-line queue fills up. */
    static final class SlowAppender extends AppenderBase<ILoggingEvent> {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            lines.add(event.getFormattedMessage());
            threads.add(Thread.currentThread().getName());
            if (lines.size() % 50 == 0) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
