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
    void anIngressWrittenInTheRetiredBetaShapeIsReported() {
        assertThat(ManifestSchemas.problems(yaml("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: gateway}
                spec:
                  rules:
                    - host: yiwang.example
                      http:
                        paths:
                          - path: /
                            pathType: Prefix
                            backend: {serviceName: gateway, servicePort: 8080}
                """))).containsExactly("Ingress/gateway.spec.rules[0].http.paths[0].backend: unknown field(s) [serviceName, servicePort]");
    }

    @Test
    void aMisspelledFieldInAPrometheusOperatorKindIsReported() {
        assertThat(ManifestSchemas.problems(yaml("""
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: gateway}
                spec:
                  selector: {matchLabels: {app.kubernetes.io/name: gateway}}
                  endpoints:
                    - port: http
                      path: /actuator/prometheus
                      relabellings: [{targetLabel: job, replacement: yiwang}]
                """))).containsExactly("ServiceMonitor/gateway.spec.endpoints[0]: unknown field(s) [relabellings]");
        assertThat(ManifestSchemas.problems(yaml("""
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata: {name: yiwang-alerts}
                spec:
                  groups:
                    - name: yiwang-platform
                      rules:
                        - alert: YiwangServiceDown
                          expr: up == 0
                          duration: 2m
                """))).containsExactly("PrometheusRule/yiwang-alerts.spec.groups[0].rules[0]: unknown field(s) [duration]");
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
