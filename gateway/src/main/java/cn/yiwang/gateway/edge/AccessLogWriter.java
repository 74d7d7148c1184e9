package cn.yiwang.gateway.edge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes the access log on its own thread, so nothing of a log call runs on the event loop that
 * serves requests: not the personal-data guard's pattern matching (common-lib's LogGuard, a
 * Logback turbo filter that runs on the calling thread), not the layout, not the write to the
 * console (a system call per line).
 *
 * <p>No line is lost: when the queue ({@code yiwang.gateway.access-log.queue-size} lines) is full
 * the request's thread waits for room, as it would for a synchronous log; it never drops a line.
 * The queue only fills if the log's destination is slower than the traffic for that many lines in
 * a row. On shutdown the queue is written out before the thread ends.
 */
@Component
public class AccessLogWriter implements DisposableBean {

    /** The access log's logger name. */
    public static final String LOGGER = "yiwang.access";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final Line STOP = new Line(null, null, null, null, null, 0, null);

    private final BlockingQueue<Line> queue;
    private final Thread writer;

    public AccessLogWriter(@Value("${yiwang.gateway.access-log.queue-size:8192}") int queueSize) {
        this.queue = new ArrayBlockingQueue<>(queueSize);
        this.writer = new Thread(this::writeUntilStopped, "yiwang-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues one line; waits only while the queue is full. */
    public void write(Object requestId, String route, Object method, String path, Object status, long latencyMillis,
                      Object client) {
        Line line = new Line(requestId, route, method, path, status, latencyMillis, client);
        try {
            queue.put(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            line.writeTo(log);
        }
    }

    private void writeUntilStopped() {
        try {
            for (Line line = queue.take(); line != STOP; line = queue.take()) {
                line.writeTo(log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes out what is queued (waiting up to 5 s), then stops the thread. */
    @Override
    public void destroy() throws InterruptedException {
        if (queue.offer(STOP, 5, TimeUnit.SECONDS)) {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    private record Line(Object requestId, String route, Object method, String path, Object status,
                        long latencyMillis, Object client) {

        void writeTo(Logger log) {
            log.info("request_id={} route={} method={} path={} status={} latency_ms={} client={}",
                    requestId, route, method, path, status, latencyMillis, client);
        }
    }
}
