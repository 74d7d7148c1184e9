package cn.yiwang.infra.kafka;

import cn.yiwang.infra.net.Loopback;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A real Kafka broker (combined broker + controller, KRaft) running in this JVM.
 *
 * <p>Bound to 127.0.0.1 only: the test broker of spring-kafka-test listens on every interface,
 * which this platform never does. A persistent log directory keeps topics and offsets across
 * restarts (the local platform); a scratch one is deleted on close (tests). It can be stopped and
 * started again on the same ports, which the fault tests use to take the broker away for a while.
 */
public final class LocalKafka implements AutoCloseable {

    private final Path logDirectory;
    private final boolean scratch;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    private LocalKafka(Path logDirectory, boolean scratch, int port, int controllerPort) {
        this.logDirectory = logDirectory;
        this.scratch = scratch;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** A scratch broker on free ports whose data is deleted on close. */
    public static LocalKafka startTemporary() {
        try {
            Path dir = Files.createTempDirectory("yiwang-kafka-");
            int broker = Loopback.freePort();
            LocalKafka kafka = new LocalKafka(dir, true, broker, Loopback.freePortOtherThan(broker));
            kafka.start();
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker whose log directory survives restarts; {@code port} 0 means a free port. */
    public static LocalKafka start(Path logDirectory, int port) {
        int broker = port == 0 ? Loopback.freePort() : port;
        LocalKafka kafka = new LocalKafka(logDirectory, false, broker, Loopback.freePortOtherThan(broker));
        kafka.start();
        return kafka;
    }

    public String bootstrapServers() {
        return Loopback.HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    /** Starts the broker (again, after {@link #stop()}) on the same ports and data. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            KafkaConfig config = KafkaConfig.fromProps(properties());
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                format(config);
            }
            KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
            raftServer.startup();
            server = raftServer;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start", e);
        }
    }

    /** Stops the broker but keeps its data, so {@link #start()} brings the same topics back. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public void close() {
        stop();
        if (scratch) {
            deleteRecursively(logDirectory);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + Loopback.HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + Loopback.HOST + ":" + port + ",CONTROLLER://" + Loopback.HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + Loopback.HOST + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDirectory.toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.flush.interval.messages", "1");
        return p;
    }

    private void format(KafkaConfig config) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDirectory.toString()))
                    .setMetadataLogDirectory(logDirectory.toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setControllerListenerName("CONTROLLER")
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka storage in " + logDirectory, e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
