package cn.yiwang.bench.runner;

import cn.yiwang.deploy.local.Component;
import cn.yiwang.deploy.local.LocalPlatform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What every scenario works with: the running platform, the API client, the settings, where
 * Gatling writes its reports, direct reads of the services' databases for the counts, and the
 * resident memory of the components.
 */
final class Bench {

    private final LocalPlatform platform;
    private final Api api;
    private final Settings settings;
    private final Path root;
    private final Path data;
    private final Path work;

    /** {@code data}: the platform's data directory (PostgreSQL's under postgres/, feeder files under feeders/). */
    Bench(LocalPlatform platform, Api api, Settings settings, Path root, Path data) {
        this.platform = platform;
        this.api = api;
        this.settings = settings;
        this.root = root;
        this.data = data;
        this.work = data.resolve("feeders");
    }

    Api api() {
        return api;
    }

    Settings settings() {
        return settings;
    }

    Path root() {
        return root;
    }

    /** Gatling's reports: deploy/bench/target/gatling. */
    Path gatlingResults() {
        return root.resolve("deploy/bench/target/gatling");
    }

    /** A report's index page as linked from deploy/bench/results/summary.md. */
    String link(GatlingRun.Outcome outcome) {
        return root.resolve("deploy/bench/results").relativize(outcome.report().resolve("index.html")).toString();
    }

    GatlingRun.Outcome gatling(Class<?> simulation, Map<String, String> parameters, String description) {
        Map<String, String> all = new java.util.HashMap<>(parameters);
        all.put("gateway", api.gateway());
        return GatlingRun.run(simulation, all, gatlingResults(), description);
    }

    /** A feeder file (CSV with a header line) for a simulation. */
    Path feeder(String name, String header, List<String> lines) {
        try {
            Files.createDirectories(work);
            Path file = work.resolve(name);
            List<String> all = new ArrayList<>();
            all.add(header);
            all.addAll(lines);
            Files.write(file, all, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One number from a service's own database (read-only use: counts for the zero-loss checks). */
    long count(Component service, String sql, Object... parameters) {
        try (Connection connection = connect(service); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(service.database() + ": " + e.getMessage(), e);
        }
    }

    /** The first column of every row of a query in a service's own database. */
    List<String> strings(Component service, String sql, Object... parameters) {
        try (Connection connection = connect(service); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(service.database() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The sum of a service's Prometheus samples of one metric whose labels contain every given
     * fragment (e.g. {@code cache="catalog.search"}); 0 when there are none.
     */
    double metric(Component service, String name, String... labelFragments) {
        HttpRequest request = HttpRequest.newBuilder(
                URI.create(platform.baseUrl(service) + "/actuator/prometheus")).GET().build();
        try {
            String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
            double sum = 0;
            for (String line : body.split("\n")) {
                if (!line.startsWith(name + "{")) {
                    continue;
                }
                boolean matches = true;
                for (String fragment : labelFragments) {
                    matches &= line.contains(fragment);
                }
                if (matches) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Connection connect(Component service) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + platform.options().postgresPort() + "/" + service.database();
        return DriverManager.getConnection(url, service.database(),
                platform.secrets().password("postgres." + service.database()));
    }

    /** Resident memory of the named components now, e.g. "gateway 310 MB, case-service 290 MB". */
    String memory(String... components) {
        Map<String, Long> snapshot = memorySnapshot();
        return ResidentMemory.describe(snapshot, List.of(components));
    }

    Map<String, Long> memorySnapshot() {
        return ResidentMemory.snapshot(modules(), data.resolve("postgres"));
    }

    private static List<String> modules() {
        return Component.all().stream().map(Component::module).toList();
    }

    /** Polls until the condition holds or the time is up; true if it held. */
    static boolean await(Duration atMost, Duration every, BooleanSupplier condition) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException e) {
                // not yet (a service still starting its work); try again until the deadline
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
