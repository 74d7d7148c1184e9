package cn.yiwang.deploy.manifests;

import cn.yiwang.deploy.manifests.Repository.Workload;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeTest {

    private static final String TEXT = Kustomize.Yamls.read(Repository.COMPOSE.resolve("docker-compose.yml"));
    private static final Map<String, Object> COMPOSE = Kustomize.asMap(Kustomize.Yamls.parse(TEXT), "docker-compose.yml");
    private static final Pattern SECRETISH = Pattern.compile(".*(PASSWORD|SECRET|HASHKEY|ENCRYPTIONKEYS|_K1$).*");

    private static Map<String, Object> services() {
        return Kustomize.asMap(COMPOSE.get("services"), "services");
    }

    private static Map<String, Object> service(String name) {
        return Kustomize.asMap(services().get(name), name);
    }

    private static Map<String, Object> environment(String name) {
        return Kustomize.asMap(service(name).get("environment"), name + " environment");
    }

    private static boolean oneShot(String name) {
        return "no".equals(service(name).get("restart"));
    }

    @Test
    void everyServiceReachesThePeersItCallsByTheirComposeNames() {
        for (Workload service : Repository.SERVICES) {
            Map<String, Workload> peers = Repository.peerAddresses(service);
            assertThat(peers.values().stream().map(Workload::module).distinct().sorted().toList())
                    .as(service.module() + " calls what Repository says it calls")
                    .isEqualTo(service.calls().stream().sorted().toList());
            peers.forEach((variable, called) -> assertThat(environment(service.module()).get(variable))
                    .as(service.module() + " " + variable)
                    .isEqualTo("http://" + called.module() + ":" + called.port()));
        }
    }

    @Test
    void theComposeFileRunsTheWholePlatform() {
        Set<String> expected = new TreeSet<>(Set.of("postgres", "kafka", "kafka-topics", "keycloak", "prometheus", "grafana"));
        Repository.WORKLOADS.forEach(w -> expected.add(w.module()));
        assertThat(services().keySet()).containsExactlyInAnyOrderElementsOf(expected);
        for (Workload workload : Repository.WORKLOADS) {
            assertThat(service(workload.module()).get("image"))
                    .isEqualTo("yiwang/" + workload.module() + ":${YIWANG_VERSION:-" + ImageBuildTest.projectVersion() + "}");
        }
    }

    @Test
    void everyLongRunningContainerHasAHealthCheck() {
        services().keySet().stream().filter(name -> !oneShot(name)).forEach(name ->
                assertThat(Kustomize.asMap(service(name).get("healthcheck"), name + " healthcheck")).as(name).containsKey("test"));
        for (Workload workload : Repository.WORKLOADS) {
            assertThat(service(workload.module()).get("healthcheck").toString())
                    .as(workload.module() + " checks its readiness group on its own port")
                    .contains("/dev/tcp/127.0.0.1/" + workload.port(), "GET /actuator/health/readiness");
        }
    }

    @Test
    void everyPublishedPortBindsLoopbackOnly() {
        List<String> published = services().values().stream()
                .flatMap(s -> Kustomize.list(Kustomize.asMap(s, "service").get("ports")).stream())
                .map(Object::toString).toList();
        assertThat(published).isNotEmpty().allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:"));
        assertThat(published).containsExactlyInAnyOrder("127.0.0.1:8080:8080", "127.0.0.1:8180:8080",
                "127.0.0.1:9090:9090", "127.0.0.1:3000:3000");
    }

    @Test
    void containersStartOnlyAfterWhatTheyNeedIsHealthy() {
        for (String name : services().keySet()) {
            Object dependsOn = service(name).get("depends_on");
            if (dependsOn == null) {
                continue;
            }
            Kustomize.asMap(dependsOn, name + " depends_on").forEach((dependency, spec) -> {
                Object condition = Kustomize.asMap(spec, name + " → " + dependency).get("condition");
                assertThat(condition).as(name + " waits for " + dependency)
                        .isEqualTo(oneShot(dependency) ? "service_completed_successfully" : "service_healthy");
            });
        }
        for (Workload service : Repository.SERVICES) {
            assertThat(Kustomize.asMap(service(service.module()).get("depends_on"), "depends_on").keySet())
                    .containsExactlyInAnyOrder("postgres", "kafka-topics", "keycloak");
        }
        assertThat(Kustomize.asMap(service("gateway").get("depends_on"), "depends_on").keySet())
                .containsExactlyInAnyOrderElementsOf(Repository.SERVICES.stream().map(Workload::module).toList());
    }

    @Test
    void everySecretComesFromTheEnvFileAndHasNoDefault() {
        for (String name : services().keySet()) {
            Object environment = service(name).get("environment");
            if (environment == null) {
                continue;
            }
            Kustomize.asMap(environment, name).forEach((variable, value) -> {
                if (SECRETISH.matcher(variable).matches()) {
                    assertThat(String.valueOf(value)).as(name + " " + variable).matches("\\$\\{[A-Z0-9_]+:\\?[^}]*}");
                }
            });
        }
        Matcher withDefault = Pattern.compile("\\$\\{([A-Z0-9_]+):-").matcher(TEXT);
        while (withDefault.find()) {
            assertThat(withDefault.group(1)).as("only non-secret settings have defaults").isIn("YIWANG_VERSION", "YIWANG_REGION");
        }
    }

    @Test
    void envExampleAndTheGeneratorNameExactlyTheVariablesComposeRequires() {
        Set<String> required = new TreeSet<>();
        Matcher reference = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?").matcher(TEXT);
        while (reference.find()) {
            required.add(reference.group(1));
        }
        List<String> exampleLines = Kustomize.Yamls.read(Repository.COMPOSE.resolve(".env.example")).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(exampleLines).as(".env.example holds placeholders only").allSatisfy(l -> assertThat(l).endsWith("="));
        Set<String> example = exampleLines.stream().map(l -> l.substring(0, l.indexOf('='))).collect(Collectors.toCollection(TreeSet::new));
        assertThat(example).isEqualTo(required);
        Set<String> generated = Kustomize.Yamls.read(Repository.COMPOSE.resolve("generate-env.sh")).lines()
                .filter(l -> l.matches("[A-Z0-9_]+=\\$\\((password|key)\\)"))
                .map(l -> l.substring(0, l.indexOf('='))).collect(Collectors.toCollection(TreeSet::new));
        assertThat(generated).isEqualTo(required);
        assertThat(Kustomize.Yamls.read(Repository.COMPOSE.resolve(".gitignore")).lines()).contains(".env");
    }

    @Test
    void eachServiceUsesItsOwnDatabaseUserAndKeycloakClient() {
        String init = Kustomize.Yamls.read(Repository.COMPOSE.resolve("postgres/init-databases.sh"));
        for (Workload service : Repository.SERVICES) {
            Map<String, Object> env = environment(service.module());
            assertThat(env).containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/" + service.database())
                    .containsEntry("SPRING_DATASOURCE_USERNAME", service.database())
                    .containsEntry("SERVER_PORT", service.port())
                    .containsEntry("SERVER_ADDRESS", "0.0.0.0")
                    .containsEntry("YIWANG_SERVICECLIENT_CLIENTID", service.module());
            String passwordVariable = service.database().toUpperCase() + "_DB_PASSWORD";
            assertThat(env.get("SPRING_DATASOURCE_PASSWORD").toString()).startsWith("${" + passwordVariable + ":?");
            assertThat(init).containsPattern("create " + service.database() + " +\"\\$\\{" + passwordVariable + ":\\?}\"");
            assertThat(environment("postgres")).containsKey(passwordVariable);
            String clientSecret = "YIWANG_SECRET_" + service.module().toUpperCase().replace('-', '_');
            assertThat(env.get("YIWANG_SERVICECLIENT_CLIENTSECRET").toString()).startsWith("${" + clientSecret + ":?");
            assertThat(environment("keycloak")).as("the realm import fills " + clientSecret).containsKey(clientSecret);
        }
        Map<String, Object> gateway = environment("gateway");
        Repository.SERVICES.forEach(s -> assertThat(gateway.values()).contains("http://" + s.module() + ":" + s.port()));
        assertThat(gateway).containsEntry("YIWANG_PERSONALDATA_ENABLED", "false");
    }

    @Test
    void prometheusScrapesEveryServiceAndGrafanaReadsTheProvisionedDashboards() {
        String scrape = Kustomize.Yamls.read(Repository.OBSERVABILITY.resolve("prometheus/prometheus-compose.yml"));
        Repository.WORKLOADS.forEach(w -> assertThat(scrape).contains("\"" + w.module() + ":" + w.port() + "\""));
        assertThat(scrape).contains("metrics_path: /actuator/prometheus");
        assertThat(Kustomize.list(service("prometheus").get("volumes")).stream().map(Object::toString))
                .contains("../observability/prometheus/prometheus-compose.yml:/etc/prometheus/prometheus.yml:ro",
                        "../observability/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro");
        Map<String, Object> provider = Kustomize.asMap(Kustomize.list(Kustomize.asMap(Kustomize.Yamls.loadOne(
                Repository.OBSERVABILITY.resolve("grafana/provisioning/dashboards/yiwang.yml")), "provider").get("providers")).get(0), "provider");
        String dashboardsPath = (String) ManifestSchemas.at(provider, "options.path");
        assertThat(Kustomize.list(service("grafana").get("volumes")).stream().map(Object::toString))
                .contains("../observability/grafana/dashboards:" + dashboardsPath + ":ro",
                        "../observability/grafana/provisioning:/etc/grafana/provisioning:ro");
    }
}
