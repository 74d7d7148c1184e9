package cn.yiwang.bench.runner;

import cn.yiwang.deploy.local.Component;
import cn.yiwang.deploy.local.LocalPlatform;
import cn.yiwang.infra.process.ManagedProcess;
import cn.yiwang.infra.process.StartupFailedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark suite (issue #11): starts the whole local platform on free ports with its own data
 * directory (deploy/bench/target/bench-platform), runs the chosen scenarios one after another
 * through the gateway, and writes deploy/bench/results/summary.md. Started by deploy/bench/run.sh,
 * never by the build.
 *
 * <p>Arguments: scenario names (default: all) — {@value #ALL_NAMES}; {@code --fresh} starts from
 * empty databases; {@code --rerun-gateway} runs gateway.sh (wrk) before the platform starts.
 */
public final class BenchMain {

    static final String ALL_NAMES = "gateway catalog cases mycases hotline eventlag survey";

    private BenchMain() {
    }

    static Map<String, Scenario> scenarios() {
        Map<String, Scenario> all = new LinkedHashMap<>();
        for (Scenario scenario : List.of(new GatewayFigures(), new CatalogScenario(), new CaseSubmissionScenario(),
                new MyCasesScenario(), new HotlineScenario(), new EventLagScenario(), new SurveyScenario())) {
            all.put(scenario.name(), scenario);
        }
        return all;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("yiwang.root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve("deploy/bench/target/bench-platform");
        System.setProperty("yiwang.log.dir", data.resolve("logs").toString());
        Settings settings = Settings.from(System.getProperties());
        Map<String, Scenario> known = scenarios();
        List<Scenario> chosen = new ArrayList<>();
        boolean fresh = false;
        boolean rerunGateway = false;
        for (String arg : args) {
            switch (arg) {
                case "--fresh" -> fresh = true;
                case "--rerun-gateway" -> rerunGateway = true;
                default -> {
                    Scenario scenario = known.get(arg);
                    if (scenario == null) {
                        throw new IllegalArgumentException("unknown scenario " + arg + " (known: " + ALL_NAMES + ")");
                    }
                    chosen.add(scenario);
                }
            }
        }
        if (chosen.isEmpty()) {
            chosen.addAll(known.values());
        }
        Instant started = Instant.now();
        if (rerunGateway) {
            int status = new ProcessBuilder("bash", root.resolve("deploy/bench/gateway.sh").toString(), "--skip-build")
                    .directory(root.toFile()).inheritIO().start().waitFor();
            if (status != 0) {
                System.out.println("gateway.sh failed (" + status + "); the summary takes the figures gateway.md holds");
            }
        }
        List<Result> results = new ArrayList<>();
        Map<String, Long> memory = Map.of();
        boolean needsPlatform = chosen.stream().anyMatch(s -> !(s instanceof GatewayFigures));
        LocalPlatform platform = null;
        try {
            Bench bench;
            if (needsPlatform) {
                if (fresh) {
                    deleteDataButKeepKeycloakCopy(data);
                }
                platform = startPlatform(root, data, settings);
                LocalPlatform running = platform;
                // Ctrl-C or SIGTERM stops the platform too (close() is idempotent).
                Runtime.getRuntime().addShutdownHook(new Thread(running::close, "bench-shutdown"));
                Api api = new Api(platform.baseUrl(Component.GATEWAY),
                        platform.keycloak().tokenEndpoint(LocalPlatform.REALM), platform.demoPassword());
                bench = new Bench(platform, api, settings, root, data);
                awaitDemoCatalogue(api);
            } else {
                bench = new Bench(null, null, settings, root, data);
            }
            for (Scenario scenario : chosen) {
                System.out.println("=== bench: " + scenario.name() + " (" + settings.scale() + ")");
                try {
                    List<Result> produced = scenario.run(bench);
                    results.addAll(produced);
                    produced.forEach(r -> System.out.println("=== bench result: " + r));
                } catch (Exception | AssertionError e) {
                    e.printStackTrace(System.out);
                    results.add(Result.failed(scenario.name(), scenario.target(), e.getClass().getSimpleName() + ": "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
                }
            }
            if (needsPlatform) {
                memory = bench.memorySnapshot();
            }
        } finally {
            if (platform != null) {
                platform.close();
            }
        }
        // All scenarios: the summary the README links; some: a file of their own, so the full one stays whole.
        Path summary = root.resolve("deploy/bench/results").resolve(summaryFile(chosen, known.size()));
        Files.createDirectories(summary.getParent());
        Files.writeString(summary, summary(settings, chosen, results, memory, started), StandardCharsets.UTF_8);
        System.out.println("wrote " + summary);
        // Gatling's and Kafka's non-daemon threads would keep the JVM alive.
        System.exit(0);
    }

    static String summaryFile(List<Scenario> chosen, int known) {
        if (chosen.size() == known) {
            return "summary.md";
        }
        return "summary-" + String.join("-", chosen.stream().map(Scenario::name).toList()) + ".md";
    }

    /**
     * Free ports are chosen before the start and bound a minute or more later; on a busy machine an
     * outgoing connection of another program can take one meanwhile (the launcher's free ports come
     * from the ephemeral range). Such a start is retried with new ports, at most three times.
     */
    private static LocalPlatform startPlatform(Path root, Path data, Settings settings) {
        for (int attempt = 1; ; attempt++) {
            LocalPlatform.Options options = LocalPlatform.Options.defaults().projectRoot(root).dataDirectory(data)
                    .freePorts().components(Component.all())
                    // Figures as a deployment would see them: C2, not the quick-start C1 only.
                    .fullJit()
                    .memoryFlags(List.of(settings.text("jvm").trim().split("[\\s,]+")))
                    // Synthetic data (200,000 items, 1,000,000 cases) is loaded before a service is ready.
                    .readinessTimeout(Duration.ofMinutes(40));
            try {
                return LocalPlatform.start(options, System.out);
            } catch (StartupFailedException e) {
                boolean portTaken = ManagedProcess.tail(e.logFile(), 200).stream()
                        .anyMatch(line -> line.contains("was already in use"));
                if (!portTaken || attempt == 3) {
                    throw e;
                }
                System.out.println("bench: " + e.component() + "'s port was taken meanwhile; starting again on other ports");
            }
        }
    }

    static String summary(Settings settings, List<Scenario> chosen, List<Result> results, Map<String, Long> memory,
                          Instant started) {
        StringBuilder out = new StringBuilder();
        String when = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(started.atOffset(ZoneOffset.UTC).withNano(0)) + "Z";
        if (settings.smoke()) {
            out.append("# Benchmark summary — SMOKE RUN, not the figures\n\n");
            out.append("> Smoke run (`BENCH_SCALE=smoke`) on a machine loaded by other builds: small loads and data, "
                    + "to prove every scenario end to end. Its figures say nothing about the targets; targets whose "
                    + "conditions (rate, data size) were not reproduced are marked \"not measured\". Real figures: "
                    + "`deploy/bench/run.sh` (full scale) on a quiet machine.\n\n");
        } else {
            out.append("# Benchmark summary\n\n");
        }
        out.append("Run ").append(when).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, load average at the end ").append(loadAverage()).append(", Java ")
                .append(System.getProperty("java.version")).append("; scale `").append(settings.scale())
                .append("`; scenarios: ").append(String.join(" ", chosen.stream().map(Scenario::name).toList()))
                .append(". Data: catalog `YIWANG_CATALOG_SYNTHETICITEMS`=").append(env("YIWANG_CATALOG_SYNTHETICITEMS"))
                .append(", case `YIWANG_CASES_SYNTHETICCASES`=").append(env("YIWANG_CASES_SYNTHETICCASES"))
                .append(". Everything on 127.0.0.1; every request through the gateway with real demo tokens; the gateway's "
                + "per-client rate limit is off (`YIWANG_GATEWAY_RATELIMIT_ENABLED=")
                .append(env("YIWANG_GATEWAY_RATELIMIT_ENABLED"))
                .append("`: all load comes from one client), as in gateway.sh.\n\n");
        out.append(SummaryTable.markdown(results));
        if (!memory.isEmpty()) {
            out.append("\nResident memory (VmRSS) at the end: ").append(ResidentMemory.describeAll(memory)).append(".\n");
        }
        out.append("\nHow each scenario works and how to run it: [README](../README.md). Gatling's HTML reports are under "
                + "`deploy/bench/target/gatling/` (not committed; the links work after a run on this checkout).\n");
        return out.toString();
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "unset" : value;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * catalog-service loads the demo catalogue through its own commands after it is ready; the
     * scenarios need its items (and case-service needs their published events).
     */
    private static void awaitDemoCatalogue(Api api) {
        boolean loaded = Bench.await(Duration.ofMinutes(10), Duration.ofSeconds(3), () -> !Pages.items(
                api.get(null, "/api/v1/catalog/public/items?region=" + Application.REGION
                        + "&immediate=true&size=1").json()).isEmpty());
        if (!loaded) {
            throw new IllegalStateException("the demo catalogue did not appear within 10 minutes");
        }
    }

    /** A fresh start keeps only the copy of the Keycloak distribution (Keycloak's data is in PostgreSQL). */
    static void deleteDataButKeepKeycloakCopy(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            return;
        }
        try (Stream<Path> entries = Files.list(data)) {
            for (Path entry : entries.filter(p -> !p.getFileName().toString().equals("keycloak")).toList()) {
                try (Stream<Path> tree = Files.walk(entry)) {
                    for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
