package cn.yiwang.deploy.manifests;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates one rendered manifest without a cluster.
 * <ul>
 *   <li>Core kinds, Prometheus Operator kinds and Strimzi kinds are bound to their Java models
 *       (fabric8 Kubernetes model; fabric8's {@code openshift-model-monitoring}, generated from the
 *       Prometheus Operator's {@code monitoring.coreos.com/v1} CRDs; Strimzi {@code io.strimzi:api});
 *       a wrong type fails binding, and since the models keep
 *       unknown fields in {@code additionalProperties} instead of failing, every bound object is
 *       walked and any field the model does not know is reported: strict validation.</li>
 *   <li>CloudNativePG, its Barman Cloud plugin and the Keycloak operator publish no model or schema
 *       on Maven Central: for their kinds the fields this repository uses are checked by hand —
 *       the keys allowed in {@code spec} and in the sections this repository fills (taken from each
 *       operator's CRD reference and spec classes) and the fields required for the platform to work.</li>
 * </ul>
 */
final class ManifestSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    record Model(String apiVersion, Class<?> type) {
    }

    static final Map<String, Model> MODELS = Map.ofEntries(
            Map.entry("Namespace", new Model("v1", Namespace.class)),
            Map.entry("ConfigMap", new Model("v1", ConfigMap.class)),
            Map.entry("Secret", new Model("v1", Secret.class)),
            Map.entry("Service", new Model("v1", Service.class)),
            Map.entry("ServiceAccount", new Model("v1", ServiceAccount.class)),
            Map.entry("Deployment", new Model("apps/v1", Deployment.class)),
            Map.entry("PodDisruptionBudget", new Model("policy/v1", PodDisruptionBudget.class)),
            Map.entry("HorizontalPodAutoscaler", new Model("autoscaling/v2", HorizontalPodAutoscaler.class)),
            Map.entry("NetworkPolicy", new Model("networking.k8s.io/v1", NetworkPolicy.class)),
            Map.entry("Ingress", new Model("networking.k8s.io/v1", Ingress.class)),
            Map.entry("ServiceMonitor", new Model("monitoring.coreos.com/v1", ServiceMonitor.class)),
            Map.entry("PrometheusRule", new Model("monitoring.coreos.com/v1", PrometheusRule.class)),
            Map.entry("Kafka", new Model("kafka.strimzi.io/v1", Kafka.class)),
            Map.entry("KafkaNodePool", new Model("kafka.strimzi.io/v1", KafkaNodePool.class)),
            Map.entry("KafkaTopic", new Model("kafka.strimzi.io/v1", KafkaTopic.class)),
            Map.entry("KafkaUser", new Model("kafka.strimzi.io/v1", KafkaUser.class)));

    /**
     * What an operator kind without a published model allows and requires.
     *
     * @param allowed  for a dotted path ({@code spec}, {@code spec.db} …), the keys allowed in the
     *                 mapping there, taken from the operator's CRD reference / spec classes
     * @param required dotted paths that must have a value for the platform to work
     */
    record Shape(String apiVersion, Map<String, Set<String>> allowed, List<String> required) {
    }

    static final Map<String, Shape> SHAPES = Map.of(
            "Cluster", new Shape("postgresql.cnpg.io/v1", Map.of(
                    "spec", Set.of("instances", "imageName", "primaryUpdateStrategy", "bootstrap", "storage", "walStorage", "resources",
                            "affinity", "monitoring", "plugins", "postgresql", "backup", "description", "enableSuperuserAccess",
                            "superuserSecret", "managed", "minSyncReplicas", "maxSyncReplicas"),
                    "spec.bootstrap", Set.of("initdb", "recovery", "pg_basebackup"),
                    "spec.bootstrap.initdb", Set.of("database", "owner", "secret", "encoding", "localeCollate", "localeCType",
                            "dataChecksums", "postInitSQL", "postInitApplicationSQL"),
                    "spec.storage", Set.of("size", "storageClass", "pvcTemplate", "resizeInUseVolumes"),
                    "spec.affinity", Set.of("topologyKey", "enablePodAntiAffinity", "podAntiAffinityType", "nodeSelector", "tolerations",
                            "nodeAffinity", "additionalPodAffinity", "additionalPodAntiAffinity"),
                    "spec.monitoring", Set.of("enablePodMonitor", "customQueriesConfigMap", "customQueriesSecret",
                            "disableDefaultQueries", "podMonitorMetricRelabelings", "podMonitorRelabelings", "tls")),
                    List.of("spec.instances", "spec.storage.size", "spec.bootstrap.initdb.database", "spec.bootstrap.initdb.owner")),
            "ScheduledBackup", new Shape("postgresql.cnpg.io/v1", Map.of(
                    "spec", Set.of("schedule", "backupOwnerReference", "cluster", "method", "pluginConfiguration", "immediate", "suspend", "target"),
                    "spec.cluster", Set.of("name"),
                    "spec.pluginConfiguration", Set.of("name", "parameters")),
                    List.of("spec.schedule", "spec.cluster.name", "spec.method")),
            "ObjectStore", new Shape("barmancloud.cnpg.io/v1", Map.of(
                    "spec", Set.of("configuration", "retentionPolicy", "instanceSidecarConfiguration"),
                    "spec.configuration", Set.of("destinationPath", "endpointURL", "endpointCA", "s3Credentials", "azureCredentials",
                            "googleCredentials", "serverName", "wal", "data", "tags", "historyTags"),
                    "spec.configuration.s3Credentials", Set.of("accessKeyId", "secretAccessKey", "region", "sessionToken", "inheritFromIAMRole"),
                    "spec.configuration.wal", Set.of("compression", "encryption", "maxParallel", "archiveAdditionalCommandArgs",
                            "restoreAdditionalCommandArgs"),
                    "spec.configuration.data", Set.of("compression", "encryption", "jobs", "immediateCheckpoint", "additionalCommandArgs")),
                    List.of("spec.configuration.destinationPath")),
            "Keycloak", new Shape("k8s.keycloak.org/v2alpha1", Map.of(
                    "spec", Set.of("instances", "image", "startOptimized", "imagePullSecrets", "additionalOptions", "env", "http",
                            "unsupported", "ingress", "features", "transaction", "db", "hostname", "truststores", "cache", "resources",
                            "proxy", "httpManagement", "scheduling", "bootstrapAdmin", "networkPolicy", "tracing", "update",
                            "readinessProbe", "livenessProbe", "startupProbe", "serviceMonitor"),
                    "spec.hostname", Set.of("hostname", "admin", "strict", "backchannelDynamic"),
                    "spec.http", Set.of("httpEnabled", "httpPort", "httpsPort", "tlsSecret", "annotations", "labels"),
                    "spec.db", Set.of("vendor", "host", "port", "database", "schema", "url", "usernameSecret", "passwordSecret",
                            "poolInitialSize", "poolMinSize", "poolMaxSize"),
                    "spec.proxy", Set.of("headers"),
                    "spec.ingress", Set.of("enabled", "className", "annotations", "labels", "tlsSecret")),
                    List.of("spec.instances", "spec.db.vendor", "spec.db.host", "spec.db.usernameSecret.name",
                            "spec.db.passwordSecret.name", "spec.hostname.hostname", "spec.http.httpEnabled")),
            "KeycloakRealmImport", new Shape("k8s.keycloak.org/v2alpha1", Map.of(
                    "spec", Set.of("keycloakCRName", "realm", "placeholders", "resources")),
                    List.of("spec.keycloakCRName")));

    private ManifestSchemas() {
    }

    /** The problems found in one manifest; empty when it is valid. */
    static List<String> problems(Map<String, Object> manifest) {
        List<String> problems = new ArrayList<>();
        String kind = Kustomize.kind(manifest);
        String where = kind + "/" + Kustomize.name(manifest);
        if (MODELS.containsKey(kind)) {
            Model model = MODELS.get(kind);
            if (!model.apiVersion().equals(manifest.get("apiVersion"))) {
                problems.add(where + ": apiVersion " + manifest.get("apiVersion") + ", expected " + model.apiVersion());
            }
            try {
                Object bound = MAPPER.convertValue(manifest, model.type());
                unknownFields(bound, where, problems, 0);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        } else if (SHAPES.containsKey(kind)) {
            Shape shape = SHAPES.get(kind);
            if (!shape.apiVersion().equals(manifest.get("apiVersion"))) {
                problems.add(where + ": apiVersion " + manifest.get("apiVersion") + ", expected " + shape.apiVersion());
            }
            Set<String> topLevel = Set.of("apiVersion", "kind", "metadata", "spec");
            manifest.keySet().stream().filter(k -> !topLevel.contains(k)).forEach(k -> problems.add(where + ": unknown field " + k));
            shape.allowed().forEach((path, keys) -> {
                if (at(manifest, path) instanceof Map<?, ?> mapping) {
                    mapping.keySet().stream().filter(k -> !keys.contains(k))
                            .forEach(k -> problems.add(where + ": unknown field " + path + "." + k));
                }
            });
            for (String path : shape.required()) {
                if (at(manifest, path) == null) {
                    problems.add(where + ": missing " + path);
                }
            }
        } else {
            problems.add(where + ": kind " + kind + " has no model or shape to validate against");
        }
        // A model may reach the same object through two getters; report each problem once.
        return List.copyOf(new LinkedHashSet<>(problems));
    }

    /** The value at a dotted path of maps, or null. */
    static Object at(Map<String, Object> document, String path) {
        Object current = document;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    private static void unknownFields(Object value, String path, List<String> problems, int depth) {
        if (value == null || depth > 40) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems, depth + 1));
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                unknownFields(element, path + "[" + i++ + "]", problems, depth + 1);
            }
            return;
        }
        Class<?> type = value.getClass();
        if (type.isEnum() || !(type.getPackageName().startsWith("io.fabric8.kubernetes.api.model")
                || type.getPackageName().startsWith("io.fabric8.openshift.api.model.monitoring")
                || type.getPackageName().startsWith("io.strimzi.api"))) {
            return;
        }
        for (Method getter : type.getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet());
                }
            } else {
                String property = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
                unknownFields(child, path + "." + property, problems, depth + 1);
            }
        }
    }
}
