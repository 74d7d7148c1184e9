package cn.yiwang.deploy.manifests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Where the deploy tree is, and the facts of ARCHITECTURE.md the manifests must agree with. */
final class Repository {

    /** deploy/ (this module runs with deploy/manifests-test as its working directory). */
    static final Path DEPLOY = locateDeploy();

    static final Path K8S = DEPLOY.resolve("k8s");
    static final Path COMPOSE = DEPLOY.resolve("compose");
    static final Path OBSERVABILITY = DEPLOY.resolve("observability");

    record Workload(String module, int port, String database, List<String> calls) {
    }

    static final List<Workload> SERVICES = List.of(
            new Workload("catalog-service", 8081, "catalog", List.of()),
            new Workload("case-service", 8082, "cases", List.of("catalog-service", "certificate-service")),
            new Workload("review-service", 8083, "review", List.of()),
            new Workload("certificate-service", 8084, "certificate", List.of("case-service")),
            new Workload("hotline-service", 8085, "hotline", List.of()),
            new Workload("vector-control-service", 8086, "vectorcontrol", List.of()));

    static final Workload GATEWAY = new Workload("gateway", 8080, null,
            SERVICES.stream().map(Workload::module).toList());

    static final List<Workload> WORKLOADS = java.util.stream.Stream.concat(java.util.stream.Stream.of(GATEWAY), SERVICES.stream()).toList();

    static final List<String> TOPICS = List.of("catalog.item.v1", "catalog.bundle.v1", "cases.case.v1", "review.evaluation.v1",
            "review.notification.v1", "certificate.certificate.v1", "hotline.ticket.v1", "hotline.hotspot.v1",
            "vectorcontrol.complaint.v1", "vectorcontrol.alert.v1");

    /** Topics each service publishes and consumes (ARCHITECTURE.md, "Services and what each owns"). */
    static final Map<String, List<String>> PUBLISHES = Map.of(
            "catalog-service", List.of("catalog.item.v1", "catalog.bundle.v1"),
            "case-service", List.of("cases.case.v1"),
            "review-service", List.of("review.evaluation.v1", "review.notification.v1"),
            "certificate-service", List.of("certificate.certificate.v1"),
            "hotline-service", List.of("hotline.ticket.v1", "hotline.hotspot.v1"),
            "vector-control-service", List.of("vectorcontrol.complaint.v1", "vectorcontrol.alert.v1"));

    static final Map<String, List<String>> CONSUMES = Map.of(
            "catalog-service", List.of(),
            "case-service", List.of("catalog.item.v1", "catalog.bundle.v1", "certificate.certificate.v1"),
            "review-service", List.of("cases.case.v1", "hotline.ticket.v1"),
            "certificate-service", List.of("cases.case.v1"),
            "hotline-service", List.of("catalog.item.v1", "vectorcontrol.complaint.v1"),
            "vector-control-service", List.of("hotline.ticket.v1"));

    /** Secrets an installation creates by hand (deploy/k8s/README.md says how); all others come from operators. */
    static final Map<String, List<String>> INSTALLATION_SECRETS = Map.of(
            "yiwang-service-clients", SERVICES.stream().map(Workload::module).toList(),
            "yiwang-partner-clients", List.of("partner-meixian"),
            "yiwang-personal-data", List.of("k1", "hash-key"),
            "yiwang-backup-credentials", List.of("ACCESS_KEY_ID", "ACCESS_SECRET_KEY"));

    /**
     * The peer services a service is configured to call: every {@code yiwang.*.base-url} in its
     * {@code application.yml}, as the environment variable that overrides it (Spring's relaxed binding:
     * {@code yiwang.cases.catalog.base-url} → {@code YIWANG_CASES_CATALOG_BASEURL}) and the workload whose
     * port the local default names. In a container 127.0.0.1 is the container itself, so compose and
     * Kubernetes must set each of these to the called service's name.
     */
    static Map<String, Workload> peerAddresses(Workload caller) {
        Path file = DEPLOY.getParent().resolve(caller.module()).resolve("src/main/resources/application.yml");
        Map<String, Workload> peers = new java.util.TreeMap<>();
        for (Object document : Kustomize.Yamls.loadAll(file)) {
            collectBaseUrls(document, "", peers, file);
        }
        return peers;
    }

    private static void collectBaseUrls(Object node, String prefix, Map<String, Workload> peers, Path file) {
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        map.forEach((key, value) -> {
            String path = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
            if (path.startsWith("yiwang.") && path.endsWith(".base-url")) {
                java.util.regex.Matcher port = java.util.regex.Pattern.compile(":(\\d+)").matcher(String.valueOf(value));
                if (!port.find()) {
                    throw new IllegalStateException(file + ": " + path + " names no port: " + value);
                }
                int number = Integer.parseInt(port.group(1));
                Workload called = SERVICES.stream().filter(w -> w.port() == number).findFirst()
                        .orElseThrow(() -> new IllegalStateException(file + ": " + path + " names no Yiwang service: " + value));
                peers.put(path.toUpperCase(java.util.Locale.ROOT).replace("-", "").replace('.', '_'), called);
            } else {
                collectBaseUrls(value, path, peers, file);
            }
        });
    }

    private Repository() {
    }

    private static Path locateDeploy() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("k8s")) && Files.isDirectory(p.resolve("manifests-test"))) {
                return p;
            }
            if (Files.isDirectory(p.resolve("deploy/k8s"))) {
                return p.resolve("deploy");
            }
        }
        throw new IllegalStateException("deploy/ not found above " + here);
    }
}
