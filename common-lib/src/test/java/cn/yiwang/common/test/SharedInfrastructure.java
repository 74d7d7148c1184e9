package cn.yiwang.common.test;

import cn.yiwang.infra.kafka.LocalKafka;
import cn.yiwang.infra.postgres.LocalPostgres;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One PostgreSQL server, one Kafka broker and one token issuer per test JVM, started on first use
 * and stopped when the JVM exits. Starting them once keeps a module's integration tests fast;
 * separate databases keep the contexts independent.
 */
public final class SharedInfrastructure {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static LocalPostgres postgres;
    private static LocalKafka kafka;
    private static TestTokenIssuer issuer;

    private SharedInfrastructure() {
    }

    /**
     * JVM shutdown hooks run concurrently. The application contexts of the tests close in Spring
     * Boot's own hook and still talk to the database and the broker while they do (e.g. the event
     * publication registry checks for incomplete publications); stopping the servers under them
     * makes each close wait for connection timeouts. So the servers stop only after Spring's hook
     * has finished (or after 20 s). All hooks are started together, so Spring's may not be
     * running yet when this one looks: it looks for up to a second.
     */
    private static Thread afterSpringContexts(Runnable stop, String name) {
        return new Thread(() -> {
            long lookUntil = System.nanoTime() + 1_000_000_000L;
            try {
                while (System.nanoTime() < lookUntil) {
                    Thread spring = Thread.getAllStackTraces().keySet().stream()
                            .filter(thread -> thread.getName().equals("SpringApplicationShutdownHook"))
                            .findFirst().orElse(null);
                    if (spring != null) {
                        spring.join(20_000);
                        break;
                    }
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop.run();
        }, name);
    }

    public static synchronized LocalPostgres postgres() {
        if (postgres == null) {
            postgres = LocalPostgres.startTemporary(false);
            LocalPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(afterSpringContexts(started::close, "stop-test-postgres"));
        }
        return postgres;
    }

    /** A new, empty database on the shared server; returns its JDBC URL. */
    public static String newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        postgres().createDatabase(name);
        return postgres().jdbcUrl(name);
    }

    public static synchronized LocalKafka kafka() {
        if (kafka == null) {
            kafka = LocalKafka.startTemporary();
            LocalKafka started = kafka;
            Runtime.getRuntime().addShutdownHook(afterSpringContexts(started::close, "stop-test-kafka"));
        }
        return kafka;
    }

    public static synchronized TestTokenIssuer issuer() {
        if (issuer == null) {
            issuer = TestTokenIssuer.start();
        }
        return issuer;
    }
}
