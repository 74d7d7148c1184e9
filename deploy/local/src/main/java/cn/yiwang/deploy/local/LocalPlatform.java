package cn.yiwang.deploy.local;

import cn.yiwang.infra.kafka.LocalKafka;
import cn.yiwang.infra.keycloak.LocalKeycloak;
import cn.yiwang.infra.net.Loopback;
import cn.yiwang.infra.postgres.LocalPostgres;
import cn.yiwang.infra.process.ManagedProcess;
import cn.yiwang.infra.process.StartupFailedException;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The whole platform on one machine: embedded PostgreSQL and a KRaft Kafka broker in this JVM,
 * Keycloak and every Yiwang application as child processes, all on 127.0.0.1.
 *
 * <p>Start order follows what each part needs: PostgreSQL and Kafka first (in parallel, a few
 * seconds), then Keycloak and the applications together — the applications fetch Keycloak's keys
 * only when the first token arrives, so they need not wait for it, and on two cores starting them
 * side by side is what keeps the whole start near a minute. Every wait has a timeout; a component
 * that fails stops the launch with the end of its log. {@link #close()} stops what was started,
 * applications first, the databases last.
 */
public final class LocalPlatform implements AutoCloseable {

    public static final String REALM = "yiwang";
    /** Key id of the personal-data encryption key generated for the installation. */
    static final String PERSONAL_DATA_KEY_ID = "k1";

    private final Options options;
    private final Progress progress;
    private final InstallationSecrets secrets;
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private LocalKeycloak keycloak;
    private final Map<Component, ManagedProcess> applications = Collections.synchronizedMap(new EnumMap<>(Component.class));
    /** Where each application's log ended when this run started it: logs are appended across runs. */
    private final Map<Component, Long> logStarts = Collections.synchronizedMap(new EnumMap<>(Component.class));
    private volatile boolean closed;
    /** How long a child may take to stop after SIGTERM before it is killed (its own hooks, open requests). */
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private LocalPlatform(Options options, PrintStream out) {
        this.options = options;
        this.progress = new Progress(out);
        this.secrets = InstallationSecrets.loadOrCreate(options.dataDirectory.resolve("secrets.properties"));
    }

    /** Starts everything and waits until all of it is ready; on failure stops what started and rethrows. */
    public static LocalPlatform start(Options options, PrintStream out) {
        LocalPlatform platform = new LocalPlatform(options, out);
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() {
        Path data = options.dataDirectory;
        createDirectories(data.resolve("logs"), data.resolve("tmp"));
        ownerOnly(data);
        checkPortsFree();
        generateSecrets();

        // Initialise logging once, here: two threads doing it at once make SLF4J replay warnings.
        org.slf4j.LoggerFactory.getLogger(LocalPlatform.class).info("starting in {}", data);
        CompletableFuture<Void> database = CompletableFuture.runAsync(this::startPostgres);
        CompletableFuture<Void> broker = CompletableFuture.runAsync(this::startKafka);
        join(CompletableFuture.allOf(database, broker));

        startKeycloak();
        for (Component component : options.components) {
            startApplication(component);
        }
        List<CompletableFuture<Void>> waits = new ArrayList<>();
        waits.add(CompletableFuture.runAsync(() -> {
            keycloak.awaitReady(options.readinessTimeout);
            progress.report("keycloak", "ready", keycloak.url());
        }));
        for (Component component : options.components) {
            waits.add(CompletableFuture.runAsync(() -> awaitApplication(component)));
        }
        join(CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)));
    }

    private void generateSecrets() {
        secrets.password("postgres.keycloak");
        secrets.password("keycloak.admin");
        secrets.password("client.partner-meixian");
        secrets.policyPassword("demo.password");
        secrets.key("personal-data.encryption-key." + PERSONAL_DATA_KEY_ID, 32);
        secrets.key("personal-data.hash-key", 32);
        for (Component component : Component.all()) {
            if (component.isService()) {
                secrets.password("postgres." + component.database());
                secrets.password("client." + component.module());
            }
        }
        secrets.save();
    }

    private void startPostgres() {
        progress.report("postgresql", "starting", "data in " + options.dataDirectory.resolve("postgres"));
        postgres = LocalPostgres.start(options.dataDirectory.resolve("postgres"), options.postgresPort);
        postgres.ensureDatabase("keycloak", "keycloak", secrets.password("postgres.keycloak"));
        for (Component component : options.components) {
            if (component.isService()) {
                postgres.ensureDatabase(component.database(), component.database(),
                        secrets.password("postgres." + component.database()));
            }
        }
        progress.report("postgresql", "ready", "127.0.0.1:" + postgres.port());
    }

    private void startKafka() {
        progress.report("kafka", "starting", "data in " + options.dataDirectory.resolve("kafka"));
        kafka = LocalKafka.start(options.dataDirectory.resolve("kafka"), options.kafkaPort);
        progress.report("kafka", "ready", kafka.bootstrapServers());
    }

    private void startKeycloak() {
        Path keycloakRealm = options.projectRoot.resolve("deploy/keycloak/yiwang-realm.json");
        Path demo = options.projectRoot.resolve("deploy/keycloak/demo/yiwang-demo.json");
        String realmJson = RealmFiles.realmWithDemo(keycloakRealm, demo, secrets.key("personal-data.hash-key", 32));
        LocalKeycloak.Settings settings = new LocalKeycloak.Settings()
                .distribution(options.keycloakDistribution)
                .home(options.dataDirectory.resolve("keycloak"))
                .logFile(logFile("keycloak"))
                .ports(options.keycloakPort, options.keycloakManagementPort)
                .database(postgres.jdbcUrl("keycloak"), "keycloak", secrets.password("postgres.keycloak"))
                .bootstrapAdmin("admin", secrets.password("keycloak.admin"))
                .importFile(REALM + "-realm.json", realmJson)
                .env("YIWANG_PARTNER_SECRET", secrets.password("client.partner-meixian"))
                .env("YIWANG_DEMO_PASSWORD", secrets.policyPassword("demo.password"));
        for (Component component : Component.all()) {
            if (component.isService()) {
                settings.env(secretVariable(component), secrets.password("client." + component.module()));
            }
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the platform is stopping; keycloak not started");
            }
            keycloak = LocalKeycloak.start(settings);
        }
        progress.report("keycloak", "starting", "log " + keycloak.process().logFile());
    }

    /** The placeholder a service client's secret has in the realm file, e.g. YIWANG_SECRET_CATALOG_SERVICE. */
    static String secretVariable(Component component) {
        return "YIWANG_SECRET_" + component.module().toUpperCase().replace('-', '_');
    }

    private void startApplication(Component component) {
        // Not after close(): a SIGTERM during the start must not leave a child started behind its back.
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the platform is stopping; " + component.module() + " not started");
            }
            launch(component);
        }
    }

    private void launch(Component component) {
        Path jar = applicationJar(component);
        int port = options.port(component);
        Path tmp = options.dataDirectory.resolve("tmp").resolve(component.module());
        createDirectories(tmp);
        List<String> command = new ArrayList<>();
        command.add(ManagedProcess.currentJava());
        // Short-lived, small JVMs on few cores: the serial collector, a small heap and (unless the run
        // is a benchmark, Options.fullJit) C1 only start seven of them in about half the time of the
        // defaults (STACK.md timings). A benchmark sets the heap and collector of a deployment instead.
        command.addAll(options.memoryFlags);
        command.addAll(List.of(
                options.fullJit ? "-XX:+TieredCompilation" : "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + tmp,
                "-Dfile.encoding=UTF-8",
                "-jar", jar.toString()));
        if (component == Component.GATEWAY) {
            // Service locations for the gateway when they are not on their default ports (tests).
            for (Component target : options.components) {
                if (target.isService() && options.port(target) != target.defaultPort()) {
                    command.add("--yiwang.routes." + target.database() + ".uri=http://" + Loopback.HOST + ":"
                            + options.port(target));
                }
            }
        }
        logStarts.put(component, sizeOf(logFile(component.module())));
        ManagedProcess process = ManagedProcess.start(component.module(), command, environment(component, port),
                options.dataDirectory, logFile(component.module()));
        applications.put(component, process);
        progress.report(component.module(), "starting", "port " + port + ", log " + process.logFile());
    }

    private Map<String, String> environment(Component component, int port) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", keycloak.issuer(REALM));
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("YIWANG_PERSONALDATA_ENCRYPTIONKEYS_" + PERSONAL_DATA_KEY_ID.toUpperCase(),
                secrets.key("personal-data.encryption-key." + PERSONAL_DATA_KEY_ID, 32));
        env.put("YIWANG_PERSONALDATA_CURRENTKEYID", PERSONAL_DATA_KEY_ID);
        env.put("YIWANG_PERSONALDATA_HASHKEY", secrets.key("personal-data.hash-key", 32));
        // Latency buckets for the ops console's p50/p99 (compose and Kubernetes set the same).
        env.put("MANAGEMENT_METRICS_DISTRIBUTION_PERCENTILESHISTOGRAM_HTTP_SERVER_REQUESTS", "true");
        if (component == Component.GATEWAY) {
            // The local platform has no Grafana: the gateway's ops console (loopback callers only).
            env.put("YIWANG_OPSCONSOLE_ENABLED", "true");
        }
        if (component.isService()) {
            env.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(component.database()));
            env.put("SPRING_DATASOURCE_USERNAME", component.database());
            env.put("SPRING_DATASOURCE_PASSWORD", secrets.password("postgres." + component.database()));
            // The service's own client-credentials identity for calls to other services.
            env.put("YIWANG_SERVICECLIENT_CLIENTID", component.module());
            env.put("YIWANG_SERVICECLIENT_CLIENTSECRET", secrets.password("client." + component.module()));
            env.put("YIWANG_SERVICECLIENT_TOKENURI", keycloak.tokenEndpoint(REALM));
        }
        if (component.module().equals("catalog-service")) {
            // The demo catalogue (items of the seed regions, the 一件事 bundles) on the first start;
            // the loader does nothing once the catalogue has items.
            env.put("YIWANG_CATALOG_DEMODATA_ENABLED", "true");
        }
        if (component == Component.CASES) {
            // Where case-service finds the services it calls, which are not on their default ports in tests.
            env.put("YIWANG_CASES_CATALOG_BASEURL", baseUrl(Component.CATALOG));
            env.put("YIWANG_CASES_CERTIFICATE_BASEURL", baseUrl(Component.CERTIFICATE));
        }
        if (component.module().equals("certificate-service")) {
            // case-service holds a concluded case's holder data and certificate values (ARCHITECTURE.md flow 3).
            env.put("YIWANG_CERTIFICATE_CASES_BASEURL", baseUrl(Component.CASES));
            // Issuers' seal keys are stored wrapped with this installation's key (never committed).
            env.put("YIWANG_CERTIFICATE_SIGNING_WRAPKEYS_" + PERSONAL_DATA_KEY_ID.toUpperCase(),
                    secrets.key("certificate.seal-wrap-key." + PERSONAL_DATA_KEY_ID, 32));
            env.put("YIWANG_CERTIFICATE_SIGNING_CURRENTWRAPKEYID", PERSONAL_DATA_KEY_ID);
        }
        env.putAll(options.environment.getOrDefault(component, Map.of()));
        return env;
    }

    private void awaitApplication(Component component) {
        ManagedProcess process = applications.get(component);
        String health = baseUrl(component) + "/actuator/health/readiness";
        // Ready means this process answers: a free port chosen at start can be taken by another
        // program before the application binds it, and that program's 200 must not count. The
        // application's own log says which port it serves on.
        String started = "started on port " + options.port(component);
        long from = logStarts.getOrDefault(component, 0L);
        process.awaitCondition(() -> logMentions(process.logFile(), from, started) && ManagedProcess.httpOk(health),
                options.readinessTimeout, "it served on port " + options.port(component) + " and GET " + health + " answered 200");
        progress.report(component.module(), "ready", baseUrl(component));
    }

    /**
     * Whether this run's part of the log (from byte {@code from}, where it ended at the start) mentions
     * {@code text}. Read line by line from there: a log appended over many benchmark runs reaches
     * hundreds of megabytes (the gateway's access log), and reading it whole every poll ran the
     * launcher out of heap.
     */
    static boolean logMentions(Path log, long from, String text) {
        if (!Files.exists(log)) {
            return false;
        }
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(log);
             java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                     java.nio.channels.Channels.newInputStream(channel.position(Math.min(from, channel.size()))),
                     java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains(text)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private Path applicationJar(Component component) {
        Path target = options.projectRoot.resolve(component.module()).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().startsWith(component.module() + "-")
                            && p.getFileName().toString().endsWith(".jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable jar in " + target
                            + ": build first (./mvnw -B -ntp -DskipTests package)"));
        } catch (IOException e) {
            throw new IllegalStateException("no " + target + ": build first (./mvnw -B -ntp -DskipTests package)", e);
        }
    }

    private void checkPortsFree() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("postgresql", options.postgresPort);
        ports.put("kafka", options.kafkaPort);
        ports.put("keycloak", options.keycloakPort);
        ports.put("keycloak management", options.keycloakManagementPort);
        options.components.forEach(c -> ports.put(c.module(), options.port(c)));
        List<String> busy = ports.entrySet().stream()
                .filter(e -> e.getValue() != 0 && Loopback.isListening(e.getValue()))
                .map(e -> e.getKey() + " 127.0.0.1:" + e.getValue())
                .toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("ports already in use (is the platform already running?): "
                    + String.join(", ", busy));
        }
    }

    public String baseUrl(Component component) {
        return "http://" + Loopback.HOST + ":" + options.port(component);
    }

    public LocalKeycloak keycloak() {
        return keycloak;
    }

    /** The Kafka broker's address, for a plain client reading the topics (tests). */
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String demoPassword() {
        return secrets.policyPassword("demo.password");
    }

    public InstallationSecrets secrets() {
        return secrets;
    }

    public Options options() {
        return options;
    }

    Progress progress() {
        return progress;
    }

    // --- faults (the fault tests take parts away and bring them back) ---------------------------

    /** Stops the Kafka broker in this JVM; its port and data stay, so {@link #startBroker()} brings the same topics back. */
    public void stopBroker() {
        kafka.stop();
        progress.report("kafka", "stopped", kafka.bootstrapServers());
    }

    /** Starts the Kafka broker again after {@link #stopBroker()}, on the same port and data. */
    public void startBroker() {
        if (kafka.isRunning()) {
            return;
        }
        kafka.start();
        progress.report("kafka", "ready", kafka.bootstrapServers());
    }

    /**
     * Kills an application as a crash would: SIGKILL to its JVM and everything it started, no
     * shutdown hooks, no graceful close of connections. Returns once the process is gone.
     */
    public void kill(Component component) {
        ManagedProcess process = applications.get(component);
        if (process == null) {
            throw new IllegalArgumentException(component.module() + " was not started");
        }
        ProcessTree.kill(ProcessTree.of(process.pid()), Duration.ofSeconds(10));
        progress.report(component.module(), "killed", "pid " + process.pid());
    }

    /** Whether the application's process runs (it may not be ready). */
    public boolean isRunning(Component component) {
        ManagedProcess process = applications.get(component);
        return process != null && process.isAlive();
    }

    /**
     * Starts an application again on the port it had (after {@link #kill} or a crash; a running
     * one is stopped first) and waits until it is ready, as at the platform's start.
     */
    public void restart(Component component) {
        ManagedProcess previous = applications.get(component);
        if (previous != null && previous.isAlive()) {
            previous.stop(Duration.ofSeconds(20));
        }
        startApplication(component);
        awaitApplication(component);
    }

    /**
     * Every process this platform started that is alive now: each application's JVM, Keycloak's
     * script and JVM, PostgreSQL's server and its backends — with their descendants.
     */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>();
        synchronized (applications) {
            applications.values().forEach(p -> all.addAll(ProcessTree.of(p.pid())));
        }
        if (keycloak != null) {
            all.addAll(ProcessTree.of(keycloak.process().pid()));
        }
        postgresServer().ifPresent(server -> all.addAll(ProcessTree.of(server.pid())));
        return all.stream().filter(ProcessHandle::isAlive).distinct().toList();
    }

    /**
     * PostgreSQL's server process, read from its {@code postmaster.pid}: pg_ctl starts it detached,
     * so it is not a descendant of this JVM and outlives it unless stopped.
     */
    private java.util.Optional<ProcessHandle> postgresServer() {
        Path pidFile = options.dataDirectory.resolve("postgres").resolve("postmaster.pid");
        try {
            if (postgres == null || !Files.exists(pidFile)) {
                return java.util.Optional.empty();
            }
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return first.isEmpty() ? java.util.Optional.empty() : ProcessHandle.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** A running application that exited on its own, if any (checked while the platform runs). */
    List<ManagedProcess> exitedApplications() {
        synchronized (applications) {
            return applications.values().stream().filter(p -> !p.isAlive()).toList();
        }
    }

    /**
     * Stops everything that was started: applications, then Keycloak, then Kafka and PostgreSQL.
     * Each child gets SIGTERM and a grace period ({@link #STOP_GRACE}), then is killed hard with
     * its descendants; whatever of the platform's processes is still alive at the end is killed too,
     * so nothing outlives the launcher. Idempotent.
     */
    @Override
    public void close() {
        List<ProcessHandle> started;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            // Taken before anything stops: PostgreSQL's pid file disappears as it shuts down.
            started = processes();
        }
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        synchronized (applications) {
            for (ManagedProcess process : applications.values()) {
                stops.add(CompletableFuture.runAsync(() -> quietly(process.name(), () -> process.stop(STOP_GRACE))));
            }
        }
        if (keycloak != null) {
            stops.add(CompletableFuture.runAsync(() -> quietly("keycloak", keycloak::close)));
        }
        CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
        if (kafka != null) {
            quietly("kafka", kafka::close);
        }
        if (postgres != null) {
            quietly("postgresql", postgres::close);
        }
        // A process that is just exiting (PostgreSQL's backends after pg_ctl stop) gets a moment first.
        awaitExit(started, Duration.ofSeconds(2));
        List<ProcessHandle> survivors = started.stream().filter(ProcessHandle::isAlive).toList();
        if (!survivors.isEmpty()) {
            progress.report("platform", "killing", survivors.size() + " process(es) still running: "
                    + survivors.stream().map(h -> h.pid() + " " + h.info().command().orElse("?"))
                    .collect(java.util.stream.Collectors.joining(", ")));
            ProcessTree.kill(survivors, Duration.ofSeconds(5));
        }
        progress.report("platform", "stopped", null);
    }

    private static void awaitExit(List<ProcessHandle> processes, Duration wait) {
        try {
            CompletableFuture.allOf(processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // those still alive are killed next
        }
    }

    private void quietly(String name, Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            progress.report(name, "stop-error", e.getMessage());
        }
    }

    private Path logFile(String name) {
        return options.dataDirectory.resolve("logs").resolve(name + ".log");
    }

    private static void createDirectories(Path... dirs) {
        try {
            for (Path dir : dirs) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data directory holds the secrets file and every database: nobody else on the machine reads it. */
    private static void ownerOnly(Path dir) {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not restrict " + dir + " to its owner", e);
        }
    }

    private static void join(CompletableFuture<Void> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** The command-line entry point: start, print where everything is, run until Ctrl-C or SIGTERM. */
    public static void main(String[] args) throws InterruptedException {
        Options options = Options.fromArgs(args);
        // Before anything logs: Kafka's and PostgreSQL's logs go to the data directory (logback.xml).
        System.setProperty("yiwang.log.dir", options.dataDirectory.resolve("logs").toString());
        PrintStream out = System.out;
        out.println("Yiwang local platform — data in " + options.dataDirectory);
        CountDownLatch stopped = new CountDownLatch(1);
        LocalPlatform[] running = new LocalPlatform[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LocalPlatform platform = running[0];
            if (platform != null) {
                out.println("Stopping…");
                platform.close();
            }
            stopped.countDown();
        }, "yiwang-shutdown"));
        LocalPlatform platform;
        try {
            platform = new LocalPlatform(options, out);
            running[0] = platform;
            platform.startAll();
        } catch (StartupFailedException e) {
            out.println();
            out.println("FAILED: " + e.getMessage().lines().findFirst().orElse(e.component()));
            // A Java stack trace ends in frames; the lines that say what went wrong come first.
            List<String> log = ManagedProcess.tail(e.logFile(), 400);
            for (int i = log.size() - 1; i >= 0; i--) {
                if (log.get(i).startsWith(ManagedProcess.RUN_MARKER)) {
                    log = log.subList(i, log.size());
                    break;
                }
            }
            List<String> causes = log.stream()
                    .filter(line -> line.startsWith("Caused by:") || line.contains(" ERROR ")
                            || line.contains("APPLICATION FAILED") || line.contains("FATAL"))
                    .toList();
            if (!causes.isEmpty()) {
                out.println("  what went wrong:");
                causes.subList(Math.max(0, causes.size() - 8), causes.size()).forEach(line -> out.println("  | " + line));
            }
            out.println("  end of the log:");
            e.logTail().subList(Math.max(0, e.logTail().size() - 15), e.logTail().size())
                    .forEach(line -> out.println("  | " + line));
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            out.println();
            out.println("FAILED: " + e.getMessage());
            System.exit(1);
            return;
        }
        Summary.print(platform, out);
        // Watch the children: one that dies later is reported, not silently missing.
        List<String> reported = new ArrayList<>();
        while (!stopped.await(5, java.util.concurrent.TimeUnit.SECONDS)) {
            for (ManagedProcess process : platform.exitedApplications()) {
                if (!reported.contains(process.name()) && !platform.closed) {
                    reported.add(process.name());
                    platform.progress.report(process.name(), "EXITED", "log " + process.logFile());
                }
            }
        }
    }

    /** Where things are and which parts run; defaults are the documented local ports. */
    public static final class Options {
        Path projectRoot = Path.of(System.getProperty("yiwang.root", ".")).toAbsolutePath().normalize();
        Path dataDirectory;
        Path keycloakDistribution;
        int postgresPort = 15432;
        int kafkaPort = 9092;
        int keycloakPort = 8180;
        int keycloakManagementPort = 9000;
        List<String> memoryFlags = List.of("-Xmx256m", "-XX:+UseSerialGC");
        boolean fullJit;
        Duration readinessTimeout = Duration.ofSeconds(300);
        List<Component> components = Component.all();
        final Map<Component, Integer> ports = new EnumMap<>(Component.class);
        final Map<Component, Map<String, String>> environment = new EnumMap<>(Component.class);

        public static Options defaults() {
            Options options = new Options();
            options.dataDirectory = options.projectRoot.resolve(".yiwang/local");
            options.keycloakDistribution = Path.of(System.getProperty("yiwang.keycloak.distribution",
                    options.projectRoot.resolve("deploy/local/target/keycloak-dist/keycloak-26.7.3").toString()));
            return options;
        }

        static Options fromArgs(String[] args) {
            Options options = defaults();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--data-dir" -> options.dataDirectory(Path.of(value(args, ++i, arg)));
                    case "--root" -> {
                        Path root = Path.of(value(args, ++i, arg)).toAbsolutePath().normalize();
                        Options rooted = defaults().projectRoot(root);
                        options.projectRoot = rooted.projectRoot;
                        options.dataDirectory = rooted.dataDirectory;
                        options.keycloakDistribution = rooted.keycloakDistribution;
                    }
                    case "--only" -> options.components(Stream.of(value(args, ++i, arg).split(","))
                            .map(String::trim).map(Options::component).toList());
                    case "--help", "-h" -> {
                        System.out.println("""
                                usage: java -jar deploy/local/target/yiwang-local.jar [--root DIR] [--data-dir DIR] [--only gateway,catalog-service,…]
                                  --root      the repository root (default: the current directory)
                                  --data-dir  where PostgreSQL, Kafka and Keycloak keep data (default: ROOT/.yiwang/local)
                                  --only      start only these applications (infrastructure always starts)""");
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + arg + " (try --help)");
                }
            }
            return options;
        }

        public Options projectRoot(Path root) {
            this.projectRoot = root.toAbsolutePath().normalize();
            this.dataDirectory = projectRoot.resolve(".yiwang/local");
            this.keycloakDistribution = projectRoot.resolve("deploy/local/target/keycloak-dist/keycloak-26.7.3");
            return this;
        }

        public Options dataDirectory(Path dir) {
            this.dataDirectory = dir.toAbsolutePath().normalize();
            return this;
        }

        public Options keycloakDistribution(Path dir) {
            this.keycloakDistribution = dir.toAbsolutePath().normalize();
            return this;
        }

        public Options components(List<Component> components) {
            this.components = List.copyOf(components);
            return this;
        }

        /**
         * Free ports for everything, so a test never collides with a running local platform. They
         * are chosen below the kernel's ephemeral range: a port the OS hands out for port 0 can become
         * the local end of any outgoing connection on the machine before the service binds it (on a
         * busy CI machine hotline-service died with "Port … was already in use"), while a port below
         * that range is only taken by a program that binds it on purpose.
         */
        public Options freePorts() {
            java.util.Set<Integer> chosen = new java.util.HashSet<>();
            postgresPort = FreePorts.belowEphemeralRange(chosen);
            kafkaPort = FreePorts.belowEphemeralRange(chosen);
            keycloakPort = FreePorts.belowEphemeralRange(chosen);
            keycloakManagementPort = FreePorts.belowEphemeralRange(chosen);
            for (Component component : Component.all()) {
                ports.put(component, FreePorts.belowEphemeralRange(chosen));
            }
            return this;
        }

        /** An environment variable for one application on top of what the launcher sets (tests: shorter schedules). */
        public Options environment(Component component, String name, String value) {
            environment.computeIfAbsent(component, c -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        /**
         * Applications with the optimising compiler (C2) as in production, instead of C1 only: slower
         * to start and to warm up, up to several times faster once warm. For benchmarks, whose
         * figures must be what a deployment would see.
         */
        public Options fullJit() {
            this.fullJit = true;
            return this;
        }

        /**
         * The heap and collector flags of every application (default {@code -Xmx256m -XX:+UseSerialGC},
         * quick to start); a benchmark passes what its deployment would run with.
         */
        public Options memoryFlags(List<String> flags) {
            this.memoryFlags = List.copyOf(flags);
            return this;
        }

        public Options readinessTimeout(Duration timeout) {
            this.readinessTimeout = timeout;
            return this;
        }

        public int port(Component component) {
            return ports.getOrDefault(component, component.defaultPort());
        }

        /** The embedded PostgreSQL's port (deploy/bench counts rows in the services' databases). */
        public int postgresPort() {
            return postgresPort;
        }

        private static Component component(String module) {
            return Component.all().stream().filter(c -> c.module().equals(module)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown application " + module));
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
