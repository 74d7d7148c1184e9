package cn.yiwang.deploy.manifests;

import cn.yiwang.deploy.manifests.Repository.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static cn.yiwang.deploy.manifests.ManifestSchemas.at;
import static org.assertj.core.api.Assertions.assertThat;

class KubernetesManifestsTest {

    private static final Map<String, List<Map<String, Object>>> RENDERED = new HashMap<>();

    private static List<Map<String, Object>> render(String kustomization) {
        return RENDERED.computeIfAbsent(kustomization, k -> Kustomize.build(Repository.K8S.resolve(k)));
    }

    private static List<Map<String, Object>> ofKind(String kustomization, String kind) {
        return render(kustomization).stream().filter(o -> kind.equals(Kustomize.kind(o))).toList();
    }

    private static Map<String, Object> named(String kustomization, String kind, String name) {
        return ofKind(kustomization, kind).stream().filter(o -> name.equals(Kustomize.name(o))).findFirst()
                .orElseThrow(() -> new AssertionError(kind + "/" + name + " is missing from " + kustomization));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = maps(at(deployment, "spec.template.spec.containers"));
        assertThat(containers).as(Kustomize.name(deployment) + " containers").hasSize(1);
        return containers.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "platform", "monitoring", "overlays/dev", "overlays/prod"})
    void everyRenderedManifestMatchesTheKubernetesOrOperatorSchema(String kustomization) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> manifest : render(kustomization)) {
            problems.addAll(ManifestSchemas.problems(manifest));
        }
        assertThat(problems).isEmpty();
        assertThat(render(kustomization)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void eachOverlayPutsEverythingIntoItsOwnNamespace(String overlay) {
        String namespace = (String) map(Kustomize.Yamls.loadOne(Repository.K8S.resolve(overlay).resolve("kustomization.yaml"))).get("namespace");
        assertThat(ofKind(overlay, "Namespace")).extracting(Kustomize::name).containsExactly(namespace);
        assertThat(render(overlay)).filteredOn(o -> !"Namespace".equals(Kustomize.kind(o)))
                .allSatisfy(o -> assertThat(Kustomize.metadata(o).get("namespace")).as(Kustomize.name(o)).isEqualTo(namespace));
    }

    @Test
    void everyWorkloadHasItsDeploymentServiceAccountConfigMapServiceBudgetAutoscalerAndNetworkPolicy() {
        for (Workload workload : Repository.WORKLOADS) {
            for (String kind : List.of("Deployment", "ServiceAccount", "ConfigMap", "Service", "PodDisruptionBudget",
                    "HorizontalPodAutoscaler", "NetworkPolicy")) {
                named("overlays/prod", kind, workload.module());
            }
            Map<String, Object> service = named("overlays/prod", "Service", workload.module());
            assertThat(maps(at(service, "spec.ports"))).extracting(p -> p.get("port")).containsExactly(workload.port());
            Map<String, Object> hpa = named("overlays/prod", "HorizontalPodAutoscaler", workload.module());
            assertThat(at(hpa, "spec.scaleTargetRef.name")).isEqualTo(workload.module());
        }
        assertThat(ofKind("overlays/prod", "Deployment")).hasSize(Repository.WORKLOADS.size());
    }

    @Test
    void everyDeploymentProbesTheLivenessAndReadinessGroupsOnItsOwnPort() {
        for (Workload workload : Repository.WORKLOADS) {
            Map<String, Object> deployment = named("overlays/prod", "Deployment", workload.module());
            Map<String, Object> container = container(deployment);
            assertThat(at(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
            assertThat(at(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
            assertThat(at(container, "livenessProbe.httpGet.port")).isEqualTo("http");
            assertThat(at(container, "readinessProbe.httpGet.port")).isEqualTo("http");
            assertThat(maps(container.get("ports"))).singleElement()
                    .satisfies(p -> assertThat(p).containsEntry("name", "http").containsEntry("containerPort", workload.port()));
            String serverPort = (String) at(named("overlays/prod", "ConfigMap", workload.module()), "data.SERVER_PORT");
            assertThat(serverPort).as(workload.module() + " SERVER_PORT").isEqualTo(Integer.toString(workload.port()));
            assertThat(at(deployment, "spec.template.metadata.annotations")).isEqualTo(Map.of(
                    "prometheus.io/scrape", "true", "prometheus.io/path", "/actuator/prometheus",
                    "prometheus.io/port", Integer.toString(workload.port())));
        }
    }

    @Test
    void everyDeploymentHasResourceLimitsAndRunsNonRootOnAReadOnlyRootFilesystemWithAWritableTmp() {
        for (Map<String, Object> deployment : ofKind("overlays/prod", "Deployment")) {
            String name = Kustomize.name(deployment);
            Map<String, Object> container = container(deployment);
            assertThat(at(container, "resources.requests.cpu")).as(name).isNotNull();
            assertThat(at(container, "resources.requests.memory")).as(name).isNotNull();
            assertThat(at(container, "resources.limits.memory")).as(name).isNotNull();
            assertThat(at(deployment, "spec.template.spec.securityContext.runAsNonRoot")).as(name).isEqualTo(true);
            assertThat(at(deployment, "spec.template.spec.securityContext.runAsUser")).as(name).isEqualTo(65532);
            assertThat(at(container, "securityContext.runAsNonRoot")).as(name).isEqualTo(true);
            assertThat(at(container, "securityContext.readOnlyRootFilesystem")).as(name).isEqualTo(true);
            assertThat(at(container, "securityContext.allowPrivilegeEscalation")).as(name).isEqualTo(false);
            assertThat(maps(container.get("volumeMounts"))).as(name)
                    .anySatisfy(m -> assertThat(m).containsEntry("mountPath", "/tmp").containsEntry("name", "tmp"));
            assertThat(maps(at(deployment, "spec.template.spec.volumes"))).as(name)
                    .anySatisfy(v -> assertThat(v).containsEntry("name", "tmp").containsKey("emptyDir"));
        }
    }

    @Test
    void everyServiceReachesThePeersItCallsByTheirClusterServiceNames() {
        for (Workload workload : Repository.SERVICES) {
            Map<String, Object> data = map(at(named("overlays/prod", "ConfigMap", workload.module()), "data"));
            Repository.peerAddresses(workload).forEach((variable, called) -> assertThat(data.get(variable))
                    .as(workload.module() + " " + variable)
                    .isEqualTo("http://" + called.module() + ":" + called.port()));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aServiceTalksOnlyToItsDatabaseKafkaKeycloakAndTheServicesItCalls() {
        for (Workload workload : Repository.WORKLOADS) {
            Map<String, Object> policy = named("overlays/prod", "NetworkPolicy", workload.module());
            assertThat((List<Object>) at(policy, "spec.policyTypes")).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(at(policy, "spec.podSelector.matchLabels")).isEqualTo(Map.of("app.kubernetes.io/name", workload.module()));
            Set<String> reached = new HashSet<>();
            for (Map<String, Object> rule : maps(at(policy, "spec.egress"))) {
                for (Map<String, Object> peer : maps(rule.get("to"))) {
                    assertThat(peer).as(workload.module() + " egress peer").doesNotContainKey("ipBlock");
                    Map<String, Object> labels = map(at(peer, "podSelector.matchLabels"));
                    if (peer.containsKey("namespaceSelector")) {
                        assertThat(labels).as("only DNS is reached in another namespace").containsEntry("k8s-app", "kube-dns");
                        reached.add("dns");
                    } else if (labels.containsKey("cnpg.io/cluster")) {
                        reached.add("database:" + labels.get("cnpg.io/cluster"));
                    } else if (labels.containsKey("strimzi.io/cluster")) {
                        reached.add("kafka");
                    } else if ("keycloak".equals(labels.get("app.kubernetes.io/instance"))) {
                        reached.add("keycloak");
                    } else {
                        reached.add("service:" + labels.get("app.kubernetes.io/name"));
                    }
                }
            }
            Set<String> expected = new HashSet<>(Set.of("dns", "keycloak"));
            if (workload.database() != null) {
                expected.addAll(Set.of("database:" + workload.database() + "-db", "kafka"));
            }
            workload.calls().forEach(called -> expected.add("service:" + called));
            assertThat(reached).as(workload.module() + " reaches").isEqualTo(expected);
        }
    }

    @Test
    void aServiceAcceptsCallsOnlyFromTheGatewayItsCallersAndPrometheus() {
        for (Workload workload : Repository.SERVICES) {
            Map<String, Object> policy = named("overlays/prod", "NetworkPolicy", workload.module());
            Set<String> callers = new HashSet<>();
            for (Map<String, Object> rule : maps(at(policy, "spec.ingress"))) {
                assertThat(maps(rule.get("ports"))).extracting(p -> p.get("port")).containsExactly(workload.port());
                for (Map<String, Object> peer : maps(rule.get("from"))) {
                    callers.add(peer.containsKey("namespaceSelector")
                            ? "namespace:" + map(at(peer, "namespaceSelector.matchLabels")).get("kubernetes.io/metadata.name")
                            : (String) map(at(peer, "podSelector.matchLabels")).get("app.kubernetes.io/name"));
                }
            }
            Set<String> expected = new HashSet<>(Set.of("gateway", "namespace:monitoring"));
            Repository.SERVICES.stream().filter(caller -> caller.calls().contains(workload.module()))
                    .forEach(caller -> expected.add(caller.module()));
            assertThat(callers).as(workload.module() + " callers").isEqualTo(expected);
        }
    }

    @Test
    void everyServiceConnectsToItsOwnDatabaseClusterWithTheOperatorGeneratedCredentials() {
        for (Workload workload : Repository.SERVICES) {
            String cluster = workload.database() + "-db";
            Map<String, Object> db = named("overlays/prod", "Cluster", cluster);
            assertThat(at(db, "spec.bootstrap.initdb.database")).isEqualTo(workload.database());
            assertThat(at(named("overlays/prod", "ConfigMap", workload.module()), "data.SPRING_DATASOURCE_URL"))
                    .isEqualTo("jdbc:postgresql://" + cluster + "-rw:5432/" + workload.database());
            Map<String, Object> env = env(named("overlays/prod", "Deployment", workload.module()));
            assertThat(at(map(env.get("SPRING_DATASOURCE_PASSWORD")), "valueFrom.secretKeyRef.name")).isEqualTo(cluster + "-app");
            assertThat(at(map(env.get("YIWANG_SERVICECLIENT_CLIENTSECRET")), "valueFrom.secretKeyRef.key")).isEqualTo(workload.module());
        }
    }

    @Test
    void everyDatabaseClusterArchivesToObjectStorageAndHasANightlyBackup() {
        Set<String> objectStores = ofKind("overlays/prod", "ObjectStore").stream().map(Kustomize::name).collect(Collectors.toSet());
        Set<String> serverNames = new HashSet<>();
        for (Map<String, Object> cluster : ofKind("overlays/prod", "Cluster")) {
            String name = Kustomize.name(cluster);
            assertThat(at(cluster, "spec.instances")).as(name + " instances in prod").isEqualTo(3);
            Map<String, Object> plugin = maps(at(cluster, "spec.plugins")).stream()
                    .filter(p -> "barman-cloud.cloudnative-pg.io".equals(p.get("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " has no Barman Cloud plugin"));
            assertThat(plugin).containsEntry("isWALArchiver", true);
            assertThat(objectStores).contains((String) at(plugin, "parameters.barmanObjectName"));
            assertThat(serverNames.add((String) at(plugin, "parameters.serverName"))).as(name + " has its own serverName").isTrue();
            assertThat(ofKind("overlays/prod", "ScheduledBackup")).as(name + " nightly backup")
                    .anySatisfy(b -> {
                        assertThat(at(b, "spec.cluster.name")).isEqualTo(name);
                        assertThat(at(b, "spec.method")).isEqualTo("plugin");
                        assertThat(((String) at(b, "spec.schedule")).split(" ")).hasSize(6);
                    });
        }
        assertThat(ofKind("overlays/prod", "Cluster")).extracting(Kustomize::name).containsAll(
                Repository.SERVICES.stream().map(w -> w.database() + "-db").toList()).contains("keycloak-db");
    }

    @Test
    void everyArchitectureTopicExistsSizedForAProvinceAndShrinksToOneBrokerInDev() {
        for (String topic : Repository.TOPICS) {
            Map<String, Object> prod = named("overlays/prod", "KafkaTopic", topic);
            assertThat(at(prod, "spec.topicName")).isEqualTo(topic);
            assertThat(at(prod, "spec.partitions")).isEqualTo(12);
            assertThat(at(prod, "spec.replicas")).isEqualTo(3);
            assertThat(map(at(prod, "spec.config")).get("min.insync.replicas")).isEqualTo(2);
            assertThat(map(at(prod, "metadata.labels"))).containsEntry("strimzi.io/cluster", "yiwang");
            Map<String, Object> dev = named("overlays/dev", "KafkaTopic", topic);
            assertThat(at(dev, "spec.replicas")).isEqualTo(1);
            assertThat(map(at(dev, "spec.config")).get("min.insync.replicas")).isEqualTo(1);
        }
        assertThat(ofKind("overlays/prod", "KafkaTopic")).hasSize(Repository.TOPICS.size());
        assertThat(ofKind("overlays/prod", "KafkaNodePool")).allSatisfy(pool -> {
            assertThat(at(pool, "spec.replicas")).isEqualTo(3);
            assertThat(map(at(pool, "metadata.labels"))).containsEntry("strimzi.io/cluster", "yiwang");
        });
        assertThat(ofKind("overlays/prod", "KafkaNodePool")).extracting(p -> at(p, "spec.roles"))
                .containsExactlyInAnyOrder(List.of("controller"), List.of("broker"));
        assertThat(ofKind("overlays/dev", "KafkaNodePool")).allSatisfy(pool -> assertThat(at(pool, "spec.replicas")).isEqualTo(1));
    }

    @Test
    void eachServiceLogsInToKafkaAsItsOwnUserThatMayWriteOnlyWhatItPublishesAndReadOnlyWhatItConsumes() {
        for (Workload service : Repository.SERVICES) {
            Map<String, Object> user = named("overlays/prod", "KafkaUser", service.module());
            assertThat(at(user, "spec.authentication.type")).isEqualTo("scram-sha-512");
            Set<String> writes = new HashSet<>();
            Set<String> reads = new HashSet<>();
            for (Map<String, Object> acl : maps(at(user, "spec.authorization.acls"))) {
                @SuppressWarnings("unchecked")
                List<String> operations = (List<String>) acl.get("operations");
                if ("topic".equals(at(acl, "resource.type"))) {
                    assertThat(at(acl, "resource.patternType")).isEqualTo("literal");
                    String topic = (String) at(acl, "resource.name");
                    if (operations.contains("Write")) {
                        writes.add(topic);
                    }
                    if (operations.contains("Read")) {
                        reads.add(topic);
                    }
                } else {
                    assertThat(at(acl, "resource.type")).isEqualTo("group");
                    assertThat(operations).containsExactly("Read");
                }
            }
            assertThat(writes).as(service.module() + " writes").containsExactlyInAnyOrderElementsOf(Repository.PUBLISHES.get(service.module()));
            assertThat(reads).as(service.module() + " reads").containsExactlyInAnyOrderElementsOf(Repository.CONSUMES.get(service.module()));
            Map<String, Object> env = env(named("overlays/prod", "Deployment", service.module()));
            assertThat(at(map(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")), "valueFrom.secretKeyRef.name")).isEqualTo(service.module());
            assertThat(map(at(map(env.get("SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_CERTIFICATES")), "valueFrom.secretKeyRef")))
                    .containsEntry("name", "yiwang-cluster-ca-cert").containsEntry("key", "ca.crt");
        }
        assertThat(ofKind("overlays/prod", "KafkaUser")).hasSize(Repository.SERVICES.size());
    }

    @Test
    void theServicesFindKafkaAndKeycloakWhereTheOperatorsPutThem() {
        Map<String, Object> platform = named("overlays/prod", "ConfigMap", "yiwang-platform");
        String kafka = Kustomize.name(ofKind("overlays/prod", "Kafka").get(0));
        assertThat(at(platform, "data.SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(kafka + "-kafka-bootstrap:9093");
        assertThat(map(platform.get("data"))).containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");
        Map<String, Object> listener = maps(at(ofKind("overlays/prod", "Kafka").get(0), "spec.kafka.listeners")).get(0);
        assertThat(listener).containsEntry("port", 9093).containsEntry("tls", true);
        assertThat(at(listener, "authentication.type")).isEqualTo("scram-sha-512");
        Map<String, Object> keycloak = ofKind("overlays/prod", "Keycloak").get(0);
        String issuer = (String) map(platform.get("data")).get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
        assertThat(issuer).isEqualTo(at(keycloak, "spec.hostname.hostname") + "/realms/yiwang");
        String inCluster = "http://" + Kustomize.name(keycloak) + "-service:8080/realms/yiwang/protocol/openid-connect/";
        assertThat(map(platform.get("data")))
                .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", inCluster + "certs")
                .containsEntry("YIWANG_SERVICECLIENT_TOKENURI", inCluster + "token")
                .containsEntry("SERVER_ADDRESS", "0.0.0.0")
                .containsEntry("MANAGEMENT_METRICS_DISTRIBUTION_PERCENTILESHISTOGRAM_HTTP_SERVER_REQUESTS", "true");
        assertThat(at(keycloak, "spec.db.host")).isEqualTo("keycloak-db-rw");
        Map<String, Object> devPlatform = named("overlays/dev", "ConfigMap", "yiwang-platform");
        assertThat(map(devPlatform.get("data")).get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI"))
                .isEqualTo(at(ofKind("overlays/dev", "Keycloak").get(0), "spec.hostname.hostname") + "/realms/yiwang");
    }

    @Test
    void theGatewayRoutesToEveryServiceByItsClusterAddress() {
        Map<String, Object> data = map(at(named("overlays/prod", "ConfigMap", "gateway"), "data"));
        Map<String, String> routes = Map.of("CATALOG", "catalog-service", "CASES", "case-service", "REVIEW", "review-service",
                "CERTIFICATE", "certificate-service", "HOTLINE", "hotline-service", "VECTORCONTROL", "vector-control-service");
        routes.forEach((route, module) -> {
            int port = Repository.SERVICES.stream().filter(w -> w.module().equals(module)).findFirst().orElseThrow().port();
            assertThat(data).containsEntry("YIWANG_ROUTES_" + route + "_URI", "http://" + module + ":" + port);
        });
    }

    @Test
    void noSecretValueIsWrittenIntoTheManifests() {
        Pattern secretish = Pattern.compile("(?i).*(PASSWORD|SECRET|HASHKEY|ENCRYPTIONKEYS|TOKEN$|CREDENTIAL).*");
        for (String overlay : List.of("overlays/dev", "overlays/prod")) {
            assertThat(ofKind(overlay, "Secret")).allSatisfy(secret ->
                    assertThat(secret).as("Secret " + Kustomize.name(secret)).doesNotContainKeys("data", "stringData"));
            for (Map<String, Object> configMap : ofKind(overlay, "ConfigMap")) {
                assertThat(map(configMap.get("data")).keySet()).as("ConfigMap " + Kustomize.name(configMap))
                        .noneMatch(key -> secretish.matcher(key).matches());
            }
            for (Map<String, Object> deployment : ofKind(overlay, "Deployment")) {
                env(deployment).forEach((name, variable) -> {
                    if (secretish.matcher(name).matches()) {
                        assertThat(map(variable)).as(Kustomize.name(deployment) + " " + name).doesNotContainKey("value");
                    }
                });
            }
        }
    }

    @Test
    void everySecretReferencedIsOneTheReadmeTellsOperatorsToCreateOrOneAnOperatorGenerates() {
        Set<String> generated = ofKind("overlays/prod", "Cluster").stream().map(c -> Kustomize.name(c) + "-app").collect(Collectors.toSet());
        ofKind("overlays/prod", "KafkaUser").forEach(user -> generated.add(Kustomize.name(user)));
        ofKind("overlays/prod", "Kafka").forEach(kafka -> generated.add(Kustomize.name(kafka) + "-cluster-ca-cert"));
        List<Object> documents = new ArrayList<>(render("overlays/prod"));
        documents.add(Kustomize.Yamls.loadOne(Repository.K8S.resolve("platform/keycloak/realm-import-header.yaml")));
        Set<String> used = new HashSet<>();
        for (Map<String, Object> reference : secretReferences(documents)) {
            String name = (String) reference.get("name");
            String key = (String) reference.get("key");
            used.add(name);
            if (!generated.contains(name)) {
                assertThat(Repository.INSTALLATION_SECRETS).as("secret " + name).containsKey(name);
                assertThat(Repository.INSTALLATION_SECRETS.get(name)).as("keys of secret " + name).contains(key);
            }
        }
        assertThat(used).containsAll(Repository.INSTALLATION_SECRETS.keySet());
        String readme = Kustomize.Yamls.read(Repository.K8S.resolve("README.md"));
        Repository.INSTALLATION_SECRETS.forEach((name, keys) -> {
            assertThat(readme).as("README creates " + name).contains("create secret generic " + name);
            keys.forEach(key -> assertThat(readme).as("README sets " + name + "/" + key).contains("--from-literal=" + key + "="));
        });
    }

    @Test
    void prodRunsReleasedImagesFromTheRegistryWithAtLeastThreePodsAndDevRunsOne() {
        for (Map<String, Object> deployment : ofKind("overlays/prod", "Deployment")) {
            assertThat((String) container(deployment).get("image"))
                    .isEqualTo("registry.example/yiwang/" + Kustomize.name(deployment) + ":0.1.0");
        }
        assertThat(ofKind("overlays/prod", "HorizontalPodAutoscaler"))
                .allSatisfy(h -> assertThat((Integer) at(h, "spec.minReplicas")).isGreaterThanOrEqualTo(3));
        assertThat(ofKind("overlays/dev", "HorizontalPodAutoscaler"))
                .allSatisfy(h -> assertThat(at(h, "spec.minReplicas")).isEqualTo(1));
        assertThat(ofKind("overlays/dev", "Cluster")).allSatisfy(c -> assertThat(at(c, "spec.instances")).isEqualTo(1));
        assertThat(ofKind("overlays/prod", "PodDisruptionBudget")).allSatisfy(p -> assertThat(at(p, "spec.maxUnavailable")).isEqualTo(1));
    }

    // ---- the edge: one Ingress, to the gateway ---------------------------------------------------

    /** The namespace each ingress class's controller runs in (the gateway's NetworkPolicy must admit it). */
    private static final Map<String, String> INGRESS_CONTROLLER_NAMESPACES = Map.of("nginx", "ingress-nginx");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void theOnlyIngressLeadsToTheGatewaysHttpPortAndExposesEveryRouteButNoInternalEndpoint(String kustomization) {
        assertThat(ofKind(kustomization, "Ingress")).extracting(Kustomize::name).containsExactly("gateway");
        Map<String, Object> ingress = named(kustomization, "Ingress", "gateway");
        assertThat(at(ingress, "spec.defaultBackend")).as("default backend").isNull();
        List<Map<String, Object>> rules = maps(at(ingress, "spec.rules"));
        assertThat(rules).singleElement().satisfies(rule -> assertThat((String) rule.get("host")).isNotBlank());
        List<Map<String, Object>> paths = maps(at(rules.get(0), "http.paths"));
        assertThat(paths).isNotEmpty().allSatisfy(path -> {
            assertThat(at(path, "backend.service.name")).isEqualTo("gateway");
            assertThat(at(path, "backend.service.port.name")).isEqualTo("http");
        });
        assertThat(maps(at(named(kustomization, "Service", "gateway"), "spec.ports"))).extracting(p -> p.get("name")).contains("http");

        List<String> reachable = new ArrayList<>(gatewayRoutePrefixes());
        reachable.addAll(List.of("/swagger-ui.html", "/webjars/swagger-ui/index.html", "/v3/api-docs/swagger-config", "/actuator/health"));
        for (String request : reachable) {
            assertThat(paths).as(request + " reachable from outside").anySatisfy(path -> assertThat(admits(path, request)).isTrue());
        }
        for (String request : List.of("/actuator/prometheus", "/actuator/info", "/actuator/health/liveness", "/ops/", "/ops/api/figures",
                "/fallback/catalog-service", "/")) {
            assertThat(paths).as(request + " kept inside").noneSatisfy(path -> assertThat(admits(path, request)).isTrue());
        }
    }

    /** Whether an Ingress path sends {@code request} on (Kubernetes' Exact and Prefix matching). */
    private static boolean admits(Map<String, Object> ingressPath, String request) {
        String path = (String) ingressPath.get("path");
        return switch ((String) ingressPath.get("pathType")) {
            case "Exact" -> request.equals(path);
            case "Prefix" -> request.equals(path) || request.startsWith(path.endsWith("/") ? path : path + "/");
            default -> throw new AssertionError("pathType " + ingressPath.get("pathType") + " is implementation-specific");
        };
    }

    /** A request under every Path predicate of the gateway's routes (application.yml), e.g. /api/v1/cases/x. */
    private static List<String> gatewayRoutePrefixes() {
        List<String> requests = new ArrayList<>();
        for (Map<String, Object> route : maps(at(gatewayApplicationYml(), "spring.cloud.gateway.server.webflux.routes"))) {
            for (Object predicate : Kustomize.list(route.get("predicates"))) {
                if (predicate instanceof String p && p.startsWith("Path=")) {
                    for (String pattern : p.substring("Path=".length()).split(",")) {
                        requests.add(pattern.trim().replace("/**", "/x"));
                    }
                }
            }
        }
        assertThat(requests).as("the gateway's routes").hasSizeGreaterThan(6);
        return requests;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void theIngressControllerRefusesTheBodiesTheGatewayRefusesAndIsAdmittedByTheGatewaysNetworkPolicy(String overlay) {
        Map<String, Object> ingress = named(overlay, "Ingress", "gateway");
        String limit = (String) map(at(ingress, "metadata.annotations")).get("nginx.ingress.kubernetes.io/proxy-body-size");
        assertThat(nginxSize(limit)).as("ingress body limit " + limit).isEqualTo(gatewayMaxRequestSize());

        String controllerNamespace = INGRESS_CONTROLLER_NAMESPACES.get((String) at(ingress, "spec.ingressClassName"));
        assertThat(controllerNamespace).as("a known ingress class").isNotNull();
        assertThat(maps(at(named(overlay, "NetworkPolicy", "gateway"), "spec.ingress"))).anySatisfy(rule -> {
            assertThat(maps(rule.get("from"))).extracting(peer -> at(peer, "namespaceSelector.matchLabels"))
                    .containsExactly(Map.of("kubernetes.io/metadata.name", controllerNamespace));
            assertThat(maps(rule.get("ports"))).extracting(p -> p.get("port")).containsExactly(Repository.GATEWAY.port());
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void prodServesTheGatewayOnlyOverTlsWithACertManagerCertificateAndDevOnAPlainHostOfItsOwn() {
        Map<String, Object> prod = named("overlays/prod", "Ingress", "gateway");
        List<Object> prodHosts = maps(at(prod, "spec.rules")).stream().map(r -> r.get("host")).toList();
        assertThat(maps(at(prod, "spec.tls"))).singleElement().satisfies(tls -> {
            assertThat((List<Object>) tls.get("hosts")).as("TLS covers every host").containsExactlyInAnyOrderElementsOf(prodHosts);
            assertThat((String) tls.get("secretName")).isNotBlank();
        });
        assertThat(map(at(prod, "metadata.annotations")))
                .containsEntry("nginx.ingress.kubernetes.io/ssl-redirect", "true")
                .hasEntrySatisfying("cert-manager.io/cluster-issuer", issuer -> assertThat((String) issuer).isNotBlank());

        Map<String, Object> dev = named("overlays/dev", "Ingress", "gateway");
        assertThat(at(dev, "spec.tls")).isNull();
        assertThat(maps(at(dev, "spec.rules"))).extracting(r -> r.get("host")).doesNotContainAnyElementsOf(prodHosts);
    }

    /** yiwang.gateway.max-request-size of the gateway's application.yml, in bytes (Spring's MB = 2^20). */
    private static long gatewayMaxRequestSize() {
        String size = (String) at(gatewayApplicationYml(), "yiwang.gateway.max-request-size");
        Matcher m = Pattern.compile("(\\d+)(KB|MB|GB)").matcher(size);
        assertThat(m.matches()).as("gateway max-request-size " + size).isTrue();
        return Long.parseLong(m.group(1)) << Map.of("KB", 10, "MB", 20, "GB", 30).get(m.group(2));
    }

    /** The gateway's own configuration (gateway/src/main/resources/application.yml). */
    private static Map<String, Object> gatewayApplicationYml() {
        return map(Kustomize.Yamls.loadOne(Repository.DEPLOY.getParent().resolve("gateway/src/main/resources/application.yml")));
    }

    /** An nginx size ("2m", "512k"), in bytes. */
    private static long nginxSize(String size) {
        Matcher m = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(String.valueOf(size));
        assertThat(m.matches()).as("nginx size " + size).isTrue();
        return Long.parseLong(m.group(1)) << Map.of("", 0, "k", 10, "m", 20, "g", 30).get(m.group(2).toLowerCase());
    }

    // ---- Prometheus Operator: ServiceMonitors and the PrometheusRule ----------------------------

    @Test
    void everyWorkloadIsScrapedThroughAServiceMonitorOnItsOwnServicesHttpPort() {
        List<Map<String, Object>> services = ofKind("overlays/prod", "Service");
        for (Workload workload : Repository.WORKLOADS) {
            Map<String, Object> monitor = named("overlays/prod", "ServiceMonitor", workload.module());
            Map<String, Object> selector = map(at(monitor, "spec.selector.matchLabels"));
            assertThat(services).as(workload.module() + " monitor selects")
                    .filteredOn(s -> map(at(s, "metadata.labels")).entrySet().containsAll(selector.entrySet()))
                    .extracting(Kustomize::name).containsExactly(workload.module());
            assertThat(at(monitor, "spec.namespaceSelector")).as("only its own namespace").isNull();
            assertThat(maps(at(monitor, "spec.endpoints"))).hasSize(1);
            Map<String, Object> endpoint = maps(at(monitor, "spec.endpoints")).get(0);
            Map<String, Object> port = maps(at(named("overlays/prod", "Service", workload.module()), "spec.ports")).stream()
                    .filter(p -> p.get("name").equals(endpoint.get("port"))).findFirst()
                    .orElseThrow(() -> new AssertionError(workload.module() + ": no Service port named " + endpoint.get("port")));
            assertThat(port.get("port")).isEqualTo(workload.port());
            assertThat(endpoint.get("path")).isEqualTo("/actuator/prometheus")
                    .isEqualTo(map(at(named("overlays/prod", "Deployment", workload.module()), "spec.template.metadata.annotations"))
                            .get("prometheus.io/path"));
        }
        assertThat(ofKind("overlays/prod", "ServiceMonitor")).hasSize(Repository.WORKLOADS.size());
    }

    @Test
    void seriesScrapedThroughAServiceMonitorCarryTheSameJobApplicationServiceAndRegionAsWithTheAnnotations() {
        String job = (String) map(Kustomize.list(map(Kustomize.Yamls.loadOne(
                Repository.OBSERVABILITY.resolve("prometheus/prometheus-kubernetes.yml"))).get("scrape_configs")).get(0)).get("job_name");
        for (Workload workload : Repository.WORKLOADS) {
            Map<String, Object> monitor = named("overlays/prod", "ServiceMonitor", workload.module());
            // What the Prometheus Operator gives a ServiceMonitor target before the endpoint's own relabelings.
            Map<String, String> target = new HashMap<>(Map.of(
                    "__meta_kubernetes_pod_label_app_kubernetes_io_name", workload.module(),
                    "namespace", "yiwang", "service", workload.module(), "pod", workload.module() + "-7d9f8-x2k4q",
                    "container", workload.module(), "endpoint", "http", "job", workload.module()));
            Map<String, String> labels = Relabel.apply(target, maps(at(maps(at(monitor, "spec.endpoints")).get(0), "relabelings")));
            assertThat(labels).as(workload.module() + " target labels")
                    .containsEntry("job", job)
                    .containsEntry("application", workload.module())
                    // the metrics' own service and region tags must not be renamed to exported_*
                    .doesNotContainKeys("service", "region");
        }
    }

    @Test
    void thePrometheusRuleCarriesExactlyTheAlertRulesOfAlertsYml() {
        Map<String, Object> alerts = map(Kustomize.Yamls.loadOne(Repository.OBSERVABILITY.resolve("prometheus/alerts.yml")));
        assertThat(alerts.keySet()).as("alerts.yml holds only rule groups").containsExactly("groups");
        assertThat(ofKind("overlays/prod", "PrometheusRule")).singleElement().satisfies(rule -> assertThat(at(rule, "spec.groups"))
                .as("spec.groups of monitoring/prometheusrule.yaml must be the groups of alerts.yml: copy them over")
                .usingRecursiveComparison().isEqualTo(alerts.get("groups")));
    }

    /** Every {name, key} reference to a Secret: secretKeyRef, realm placeholders, operator credentials. */
    private static List<Map<String, Object>> secretReferences(Object node) {
        List<Map<String, Object>> found = new ArrayList<>();
        Set<String> referenceKeys = Set.of("secretKeyRef", "secret", "usernameSecret", "passwordSecret", "accessKeyId", "secretAccessKey");
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (referenceKeys.contains(k) && v instanceof Map<?, ?> ref && ref.containsKey("key")) {
                    found.add(map(ref));
                } else {
                    found.addAll(secretReferences(v));
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(e -> found.addAll(secretReferences(e)));
        }
        return found;
    }

    private static Map<String, Object> env(Map<String, Object> deployment) {
        Map<String, Object> byName = new HashMap<>();
        maps(container(deployment).get("env")).forEach(e -> byName.put((String) e.get("name"), e));
        return byName;
    }
}
