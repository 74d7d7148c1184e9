package cn.yiwang.infra.keycloak;

import cn.yiwang.infra.net.Loopback;
import cn.yiwang.infra.process.ManagedProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The real Keycloak server ({@code keycloak-quarkus-dist}) as a child process on 127.0.0.1.
 *
 * <p>Each instance runs from its own copy of the unpacked distribution ({@code home}): Keycloak
 * rewrites files under its home (the Quarkus build in {@code lib/quarkus}, {@code data/}) and
 * imports realms only from {@code home/data/import}, so two instances — the local platform and an
 * integration test — must never share one. The copy is made once per home.
 *
 * <p>Keycloak stores its state in the given PostgreSQL database instead of the dev-mode H2 file,
 * so the local platform keeps users and sessions in the same data directory as everything else. A
 * realm is imported only when it does not exist yet; a second start keeps what is there. Import
 * files may use {@code ${ENV_VAR}} placeholders, which Keycloak resolves from the environment
 * given here — that is how client secrets stay out of the repository.
 */
public final class LocalKeycloak implements AutoCloseable {

    /** Marker written after a complete copy; a half-copied home (crash) is copied again. */
    private static final String COPY_MARKER = ".yiwang-copied-from";

    private final Settings settings;
    private final ManagedProcess process;

    private LocalKeycloak(Settings settings, ManagedProcess process) {
        this.settings = settings;
        this.process = process;
    }

    /** Starts the server without waiting; call {@link #awaitReady(Duration)} next. */
    public static LocalKeycloak start(Settings settings) {
        settings.validated();
        prepareHome(settings);
        List<String> command = new ArrayList<>(List.of("/bin/sh", settings.home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=" + Loopback.HOST,
                "--http-port=" + settings.httpPort,
                "--http-management-port=" + settings.managementPort,
                // A fixed issuer: a token fetched through "localhost" must still be valid for the
                // services, which are configured with the 127.0.0.1 issuer.
                "--hostname=http://" + Loopback.HOST + ":" + settings.httpPort,
                "--health-enabled=true",
                "--import-realm",
                "--db=postgres"));
        Map<String, String> env = new LinkedHashMap<>(settings.environment);
        // Database and admin credentials go through the environment, not the command line, where
        // any local user could read them with ps.
        env.put("KC_DB_URL", settings.dbUrl);
        env.put("KC_DB_USERNAME", settings.dbUser);
        env.put("KC_DB_PASSWORD", settings.dbPassword);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", settings.adminUser);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", settings.adminPassword);
        env.put("KC_LOG_CONSOLE_COLOR", "false");
        env.put("JAVA", ManagedProcess.currentJava());
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx" + settings.maxHeap);
        // C1 only: Keycloak's start is dominated by JIT work, and on two cores full optimisation
        // slows the start of everything else that starts beside it.
        env.put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + settings.home.resolve("tmp") + " -XX:TieredStopAtLevel=1");
        ManagedProcess process = ManagedProcess.start("keycloak", command, env, settings.home, settings.logFile);
        return new LocalKeycloak(settings, process);
    }

    /** Waits until the management interface reports ready (database connected, realms imported). */
    public LocalKeycloak awaitReady(Duration timeout) {
        process.awaitHttpOk("http://" + Loopback.HOST + ":" + settings.managementPort + "/health/ready", timeout);
        return this;
    }

    public String url() {
        return "http://" + Loopback.HOST + ":" + settings.httpPort;
    }

    public String issuer(String realm) {
        return url() + "/realms/" + realm;
    }

    public String tokenEndpoint(String realm) {
        return issuer(realm) + "/protocol/openid-connect/token";
    }

    public int httpPort() {
        return settings.httpPort;
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }

    private static void prepareHome(Settings settings) {
        Path distribution = settings.distribution.toAbsolutePath().normalize();
        if (!Files.isRegularFile(distribution.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak distribution at " + distribution
                    + " (bin/kc.sh missing): build deploy/local first (./mvnw -DskipTests package)");
        }
        Path home = settings.home;
        try {
            Path marker = home.resolve(COPY_MARKER);
            String source = distribution.toString();
            if (!Files.exists(marker) || !Files.readString(marker).equals(source)) {
                deleteRecursively(home.resolve("lib"));
                copyTree(distribution, home);
                Files.writeString(marker, source, StandardCharsets.UTF_8);
            }
            Files.createDirectories(home.resolve("tmp"));
            Path imports = home.resolve("data/import");
            deleteRecursively(imports);
            Files.createDirectories(imports);
            for (Map.Entry<String, String> file : settings.importFiles.entrySet()) {
                Files.writeString(imports.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare Keycloak home " + home, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** How to run one Keycloak instance. */
    public static final class Settings {
        private Path distribution;
        private Path home;
        private Path logFile;
        private int httpPort;
        private int managementPort;
        private String dbUrl;
        private String dbUser;
        private String dbPassword;
        private String adminUser = "admin";
        private String adminPassword;
        private String maxHeap = "512m";
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final Map<String, String> importFiles = new LinkedHashMap<>();

        /** The unpacked {@code keycloak-quarkus-dist} (the directory holding {@code bin/kc.sh}); never modified. */
        public Settings distribution(Path distribution) {
            this.distribution = distribution;
            return this;
        }

        /** This instance's own directory (copy of the distribution, import files, tmp). */
        public Settings home(Path home) {
            this.home = home.toAbsolutePath().normalize();
            return this;
        }

        public Settings logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** {@code httpPort} and {@code managementPort}; 0 means a free port. */
        public Settings ports(int httpPort, int managementPort) {
            this.httpPort = httpPort == 0 ? Loopback.freePort() : httpPort;
            this.managementPort = managementPort == 0 ? Loopback.freePortOtherThan(this.httpPort) : managementPort;
            return this;
        }

        public Settings database(String jdbcUrl, String user, String password) {
            this.dbUrl = jdbcUrl;
            this.dbUser = user;
            this.dbPassword = password;
            return this;
        }

        /** The temporary bootstrap admin of the master realm (Keycloak creates it on the first start only). */
        public Settings bootstrapAdmin(String user, String password) {
            this.adminUser = user;
            this.adminPassword = password;
            return this;
        }

        public Settings maxHeap(String maxHeap) {
            this.maxHeap = maxHeap;
            return this;
        }

        /** An environment variable for Keycloak, e.g. one an import file's {@code ${...}} placeholder names. */
        public Settings env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /** A realm file put into {@code data/import} before the start ({@code name} ends in {@code .json}). */
        public Settings importFile(String name, String json) {
            importFiles.put(name, json);
            return this;
        }

        Settings validated() {
            Objects.requireNonNull(distribution, "distribution");
            Objects.requireNonNull(home, "home");
            Objects.requireNonNull(dbUrl, "database");
            Objects.requireNonNull(adminPassword, "bootstrapAdmin");
            if (httpPort == 0) {
                ports(0, 0);
            }
            if (logFile == null) {
                logFile = home.resolve("keycloak.log");
            }
            return this;
        }
    }
}
