package cn.yiwang.deploy.manifests;

import cn.yiwang.deploy.manifests.Repository.Workload;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImageBuildTest {

    private static final Path ROOT = Repository.DEPLOY.getParent();

    static String projectVersion() {
        Element project = pom(ROOT.resolve("pom.xml")).getDocumentElement();
        return child(project, "version").getTextContent().trim();
    }

    private static Document pom(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static Element jibInPluginManagement() {
        Element build = child(pom(ROOT.resolve("pom.xml")).getDocumentElement(), "build");
        NodeList plugins = child(child(build, "pluginManagement"), "plugins").getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if ("jib-maven-plugin".equals(child(plugin, "artifactId").getTextContent())) {
                return plugin;
            }
        }
        throw new AssertionError("jib-maven-plugin is not in the root pluginManagement");
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> values = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }

    @Test
    void imagesAreNonRootSizedForTheirContainerAndNamedAfterTheModule() {
        Element jib = jibInPluginManagement();
        assertThat(texts(jib, "user")).containsExactly("65532:65532");
        assertThat(texts(jib, "jvmFlag")).contains("-XX:MaxRAMPercentage=75", "-Djava.io.tmpdir=/tmp");
        assertThat(texts(jib, "SERVER_ADDRESS")).containsExactly("0.0.0.0");
        Element to = child(child(jib, "configuration"), "to");
        assertThat(child(to, "image").getTextContent()).isEqualTo("yiwang/${project.artifactId}:${project.version}");
        assertThat(texts(child(child(jib, "configuration"), "from"), "image")).singleElement()
                .satisfies(image -> assertThat(image).matches("eclipse-temurin:17-jre|gcr\\.io/distroless/java17.*"));
    }

    @Test
    void imagesAreBuiltOnlyWhenAskedForNeverInTheNormalBuild() throws Exception {
        assertThat(jibInPluginManagement().getElementsByTagName("executions").getLength()).as("jib bound to no phase").isZero();
        List<Path> poms;
        try (var files = Files.walk(ROOT, 3)) {
            poms = files.filter(p -> p.getFileName().toString().equals("pom.xml") && !p.toString().contains("/target/")
                    && !p.equals(ROOT.resolve("pom.xml"))).toList();
        }
        assertThat(poms).isNotEmpty().allSatisfy(pom ->
                assertThat(Files.readString(pom)).as(pom + " leaves Jib to the root pluginManagement").doesNotContain("jib-maven-plugin"));
        Element rootBuild = child(pom(ROOT.resolve("pom.xml")).getDocumentElement(), "build");
        assertThat(texts(child(rootBuild, "plugins"), "artifactId")).doesNotContain("jib-maven-plugin");
    }

    @Test
    void kubernetesAndComposeRunTheImagesJibBuilds() {
        String version = projectVersion();
        for (Workload workload : Repository.WORKLOADS) {
            String deployment = Kustomize.Yamls.read(Repository.K8S.resolve("base").resolve(workload.module()).resolve("deployment.yaml"));
            assertThat(deployment).contains("image: yiwang/" + workload.module() + ":" + version);
        }
        String script = Kustomize.Yamls.read(Repository.COMPOSE.resolve("build-images.sh"));
        Repository.WORKLOADS.forEach(w -> assertThat(script).containsPattern("\\b" + w.module() + "\\) echo " + w.port() + " ;;"));
    }
}
