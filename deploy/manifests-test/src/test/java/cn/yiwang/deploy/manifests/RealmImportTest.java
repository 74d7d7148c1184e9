package cn.yiwang.deploy.manifests;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/k8s/platform/keycloak/realm-import.sh turns the realm file into a KeycloakRealmImport. */
class RealmImportTest {

    private static final Path SCRIPT = Repository.K8S.resolve("platform/keycloak/realm-import.sh");
    private static final Path REALM = Repository.DEPLOY.resolve("keycloak/yiwang-realm.json");

    private static String run(Path realmFile) throws Exception {
        Process process = new ProcessBuilder("sh", SCRIPT.toString(), realmFile.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** The realm files to check: a realm-shaped sample, and the project's realm once it is on this branch. */
    private static List<Path> realmFiles() throws Exception {
        List<Path> files = new ArrayList<>(List.of(Path.of(RealmImportTest.class.getResource("/realm-sample.json").toURI())));
        if (Files.isRegularFile(REALM)) {
            files.add(REALM);
        }
        return files;
    }

    @Test
    void theGeneratedRealmImportCarriesTheRealmFileUnchangedAndFillsEveryPlaceholderFromASecret() throws Exception {
        for (Path realmFile : realmFiles()) {
            Map<String, Object> realmImport = Kustomize.asMap(Kustomize.Yamls.parse(run(realmFile)), realmFile.toString());
            assertThat(ManifestSchemas.problems(realmImport)).isEmpty();
            Object expected = new ObjectMapper().readValue(realmFile.toFile(), Object.class);
            assertThat(ManifestSchemas.at(realmImport, "spec.realm")).as(realmFile + " as spec.realm").isEqualTo(expected);
            assertThat(ManifestSchemas.at(realmImport, "spec.keycloakCRName")).isEqualTo("keycloak");

            Set<String> placeholders = new TreeSet<>();
            Matcher placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(Files.readString(realmFile));
            while (placeholder.find()) {
                placeholders.add(placeholder.group(1));
            }
            assertThat(placeholders).as(realmFile + " has placeholders").isNotEmpty();
            Map<String, Object> filled = Kustomize.asMap(ManifestSchemas.at(realmImport, "spec.placeholders"), "placeholders");
            assertThat(filled.keySet()).as("placeholders of " + realmFile + " filled by the import").containsAll(placeholders);
        }
    }

    @Test
    void aMissingRealmFileStopsTheScriptInsteadOfImportingAnEmptyRealm() throws Exception {
        Process process = new ProcessBuilder("sh", SCRIPT.toString(), "/nonexistent/yiwang-realm.json").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(output).contains("realm file not found");
    }

    @Test
    void everyServiceClientSecretPlaceholderNamesTheServicesKeyInTheClientsSecret() {
        Map<String, Object> header = Kustomize.asMap(Kustomize.Yamls.loadOne(SCRIPT.resolveSibling("realm-import-header.yaml")), "header");
        for (Repository.Workload service : Repository.SERVICES) {
            String name = "YIWANG_SECRET_" + service.module().toUpperCase().replace('-', '_');
            Map<String, Object> secret = Kustomize.asMap(ManifestSchemas.at(header, "spec.placeholders." + name + ".secret"), name);
            assertThat(secret).containsEntry("name", "yiwang-service-clients").containsEntry("key", service.module());
        }
    }
}
