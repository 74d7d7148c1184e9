package cn.yiwang.bench.runner;

import io.gatling.app.Gatling$;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs one Gatling simulation in this JVM (the platform's Kafka and PostgreSQL live here too, the
 * services are child processes) and reads its statistics from the HTML report Gatling wrote.
 */
final class GatlingRun {

    private GatlingRun() {
    }

    /** The report directory and the statistics of the run, per request name and for all requests ("all"). */
    record Outcome(Path report, Map<String, RequestStats> stats) {

        RequestStats all() {
            return stats.get(GatlingStats.ALL);
        }

        RequestStats request(String name) {
            RequestStats found = stats.get(name);
            if (found == null) {
                throw new IllegalStateException("no request \"" + name + "\" in " + report + ": " + stats.keySet());
            }
            return found;
        }
    }

    static Outcome run(Class<?> simulation, Map<String, String> parameters, Path resultsDirectory, String description) {
        parameters.forEach((name, value) -> System.setProperty("bench." + name, value));
        try {
            Files.createDirectories(resultsDirectory);
            String prefix = simulation.getSimpleName().toLowerCase();
            int status = Gatling$.MODULE$.fromArgs(new String[]{
                    "-s", simulation.getName(), "-rf", resultsDirectory.toString(), "-rd", description});
            // Status 0 = success, 2 = assertions failed (none are set); anything else is a broken run.
            Path report = latestReport(resultsDirectory, prefix)
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report for " + simulation.getName()
                            + " (status " + status + ")"));
            return new Outcome(report, GatlingStats.read(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            parameters.keySet().forEach(name -> System.clearProperty("bench." + name));
        }
    }

    private static Optional<Path> latestReport(Path results, String prefix) throws IOException {
        try (Stream<Path> dirs = Files.list(results)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> d.getFileName().toString().toLowerCase().startsWith(prefix))
                    .filter(d -> Files.exists(d.resolve("index.html")))
                    .max(Comparator.comparing(d -> d.toFile().lastModified()));
        }
    }
}
