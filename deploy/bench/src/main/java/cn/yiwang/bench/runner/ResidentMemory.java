package cn.yiwang.bench.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resident memory (VmRSS of /proc/&lt;pid&gt;/status) of the platform's processes, found among this
 * JVM's descendants by their command line (each application's jar, Keycloak) and PostgreSQL by its
 * postmaster.pid (its processes summed: shared buffers count in each); this JVM itself holds Kafka
 * (and Gatling while it runs).
 */
final class ResidentMemory {

    static final String RUNNER = "runner (Kafka, Gatling)";

    private ResidentMemory() {
    }

    /** Kilobytes per component. */
    static Map<String, Long> snapshot(List<String> modules, Path postgresData) {
        Map<String, Long> kb = new TreeMap<>();
        kb.put(RUNNER, rss(ProcessHandle.current().pid()));
        postmaster(postgresData).ifPresent(pid -> kb.put("postgresql", rss(pid) + ProcessHandle.of(pid)
                .map(p -> p.children().mapToLong(child -> rss(child.pid())).sum()).orElse(0L)));
        ProcessHandle.current().descendants().forEach(process -> {
            String component = component(commandLine(process.pid()), modules);
            if (component != null) {
                kb.merge(component, rss(process.pid()), Long::sum);
            }
        });
        return kb;
    }

    /** Which component a command line belongs to, or null. */
    static String component(String commandLine, List<String> modules) {
        for (String module : modules) {
            if (commandLine.contains("/" + module + "/target/" + module + "-") && commandLine.contains(".jar")) {
                return module;
            }
        }
        if (commandLine.contains("keycloak") || commandLine.contains("quarkus")) {
            return "keycloak";
        }
        return null;
    }

    /**
     * The embedded PostgreSQL is started by pg_ctl and leaves the runner's process tree; its
     * postmaster's pid is the first line of postmaster.pid in the data directory, its backends are
     * the postmaster's children.
     */
    private static java.util.Optional<Long> postmaster(Path data) {
        if (data == null) {
            return java.util.Optional.empty();
        }
        return read(data.resolve("postmaster.pid"), text -> java.util.Optional.of(Long.parseLong(text.lines().findFirst()
                .orElse("").trim())), java.util.Optional.<Long>empty());
    }

    /** VmRSS in kB from a /proc status text, 0 if absent. */
    static long vmRss(String status) {
        return status.lines().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.replaceAll("[^0-9]", ""))
                .filter(digits -> !digits.isEmpty())
                .mapToLong(Long::parseLong).findFirst().orElse(0);
    }

    static String format(long kb) {
        return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
    }

    /** "gateway 300 MB, case-service 280 MB" for the named components. */
    static String describe(Map<String, Long> snapshot, List<String> components) {
        return components.stream().filter(snapshot::containsKey)
                .map(c -> c + " " + format(snapshot.get(c)))
                .collect(Collectors.joining(", "));
    }

    static String describeAll(Map<String, Long> snapshot) {
        return describe(snapshot, List.copyOf(snapshot.keySet()));
    }

    private static long rss(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "status"), ResidentMemory::vmRss, 0L);
    }

    private static String commandLine(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "cmdline"), text -> text.replace('\0', ' ').trim(), "");
    }

    private static <T> T read(Path file, Function<String, T> parse, T fallback) {
        try {
            return parse.apply(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return fallback; // the process ended meanwhile
        }
    }
}
