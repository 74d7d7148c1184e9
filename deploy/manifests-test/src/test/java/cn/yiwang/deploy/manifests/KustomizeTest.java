package cn.yiwang.deploy.manifests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static cn.yiwang.deploy.manifests.ManifestSchemas.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The renderer behaves like kustomize for the subset deploy/k8s uses, and refuses the rest. */
class KustomizeTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: yiwang/web:1.0
                      env:
                        - name: A
                          value: "1"
                    - name: sidecar
                      image: other/sidecar:2
            """;

    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> containers(Map<String, Object> deployment) {
        return (List<Map<String, Object>>) at(deployment, "spec.template.spec.containers");
    }

    @Test
    void anOverlayNamespacesLabelsRetagsAndPatchesItsBase() throws IOException {
        write("base/deployment.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", "resources: [deployment.yaml]\n");
        write("overlay/env.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          env:
                            - name: B
                              value: "2"
                """);
        write("overlay/kustomization.yaml", """
                namespace: prod
                labels:
                  - pairs: {team: yiwang}
                    includeTemplates: true
                images:
                  - name: yiwang/web
                    newName: registry.example/yiwang/web
                    newTag: "2.0"
                resources: [../base]
                patches:
                  - path: env.yaml
                  - target: {kind: Deployment, name: web}
                    patch: |-
                      - op: add
                        path: /spec/replicas
                        value: 3
                """);

        Map<String, Object> deployment = Kustomize.build(dir.resolve("overlay")).get(0);

        assertThat(at(deployment, "metadata.namespace")).isEqualTo("prod");
        assertThat(at(deployment, "metadata.labels.team")).isEqualTo("yiwang");
        assertThat(at(deployment, "spec.template.metadata.labels.team")).isEqualTo("yiwang");
        assertThat(at(deployment, "spec.replicas")).isEqualTo(3);
        assertThat(containers(deployment)).extracting(c -> c.get("image"))
                .containsExactly("registry.example/yiwang/web:2.0", "other/sidecar:2");
        assertThat(containers(deployment).get(0).get("env")).isEqualTo(List.of(
                Map.of("name", "A", "value", "1"), Map.of("name", "B", "value", "2")));
    }

    @Test
    void aKustomizeFeatureOutsideTheSubsetIsRefusedNotIgnored() throws IOException {
        write("kustomization.yaml", "resources: []\nconfigMapGenerator:\n  - name: x\n");
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("configMapGenerator");
    }

    @Test
    void aPatchThatMatchesNothingFailsInsteadOfSilentlyDoingNothing() throws IOException {
        write("deployment.yaml", DEPLOYMENT);
        write("kustomization.yaml", """
                resources: [deployment.yaml]
                patches:
                  - target: {kind: Deployment, name: wbe}
                    patch: |-
                      - op: replace
                        path: /spec/replicas
                        value: 1
                """);
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("matches no object");
    }

    @Test
    void theSameObjectDeclaredTwiceFailsTheBuild() throws IOException {
        write("a.yaml", DEPLOYMENT);
        write("b.yaml", DEPLOYMENT);
        write("kustomization.yaml", "resources: [a.yaml, b.yaml]\n");
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("declared twice");
    }
}
