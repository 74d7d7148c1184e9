package cn.yiwang.deploy.manifests;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator catches the mistakes a hand-edited manifest typically has. */
class ManifestSchemasTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) Kustomize.Yamls.parse(text);
    }

    @Test
    void aMisspelledFieldInACoreKindIsReportedWithItsPath() {
        assertThat(ManifestSchemas.problems(yaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    spec:
                      containers:
                        - name: web
                          image: yiwang/web:1
                          readinesProbe: {httpGet: {path: /actuator/health/readiness, port: http}}
                """))).containsExactly("Deployment/web.spec.template.spec.containers[0]: unknown field(s) [readinesProbe]");
    }

    @Test
    void aValueOfTheWrongTypeIsReported() {
        assertThat(ManifestSchemas.problems(yaml("""
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: web}
                spec:
                  maxUnavailable: 1
                  selector: {matchLabels: [web]}
                """))).singleElement().asString().startsWith("PodDisruptionBudget/web: ");
    }

    @Test
    void aMisspelledFieldInAStrimziKindIsReported() {
        assertThat(ManifestSchemas.problems(yaml("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: cases.case.v1, labels: {strimzi.io/cluster: yiwang}}
                spec: {partitions: 12, replica: 3}
                """))).containsExactly("KafkaTopic/cases.case.v1.spec: unknown field(s) [replica]");
    }

    @Test
    void aMisspelledOrMissingFieldInAnOperatorKindWithoutAModelIsReported() {
        assertThat(ManifestSchemas.problems(yaml("""
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: Keycloak
                metadata: {name: keycloak}
                spec:
                  instances: 1
                  db: {vendor: postgres, host: keycloak-db-rw, usernameSecret: {name: a, key: b}, passwordSecret: {name: a, key: c}}
                  http: {httpEnabled: true}
                  hostname: {hostnme: https://id.example}
                """))).containsExactlyInAnyOrder("Keycloak/keycloak: unknown field spec.hostname.hostnme",
                "Keycloak/keycloak: missing spec.hostname.hostname");
    }

    @Test
    void aKindNobodyCanValidateIsReportedRatherThanWavedThrough() {
        assertThat(ManifestSchemas.problems(yaml("""
                apiVersion: example.org/v1
                kind: Widget
                metadata: {name: w}
                """))).containsExactly("Widget/w: kind Widget has no model or shape to validate against");
    }
}
