package cn.yiwang.common.test;

import cn.yiwang.infra.kafka.LocalKafka;
import cn.yiwang.infra.postgres.LocalPostgres;
import no.nav.security.mock.oauth2.MockOAuth2Server;

import java.net.InetAddress;
import java.net.UnknownHostException;
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
    private static MockOAuth2Server issuer;

    private SharedInfrastructure() {
    }

    /**
     * JVM shutdown hooks run concurrently. The application contexts of the tests close in Spring
     * Boot's own hook and still talk to the database and the broker while they do (e.g. the event
     * publication registry checks for incomplete publications); stopping the servers under them
     * makes each close wait for connection timeouts. So the servers stop only after Spring's hook
     * has finished (or after 20 s).
     */
    private static Thread afterSpringContexts(Runnable stop, String name) {
        return new Thread(() -> {
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals("SpringApplicationShutdownHook") && thread != Thread.currentThread()) {
                    try {
                        thread.join(20_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            stop.run();
        }, name);
    }

    public static synchronized LocalPostgres postgres() {
        if (postgres == null) {
            postgres = LocalPostgres.startTemporary();
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

    public static synchronized MockOAuth2Server issuer() {
        if (issuer == null) {
            MockOAuth2Server server = new MockOAuth2Server();
            try {
                // The issuer URL follows the Host header: 127.0.0.1 everywhere (STACK.md).
                server.start(InetAddress.getByName("127.0.0.1"), 0);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
            issuer = server;
            Runtime.getRuntime().addShutdownHook(afterSpringContexts(server::shutdown, "stop-test-issuer"));
        }
        return issuer;
    }
}
