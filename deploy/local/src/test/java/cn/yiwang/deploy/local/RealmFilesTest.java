package cn.yiwang.deploy.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RealmFilesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path ROOT = Path.of(System.getProperty("yiwang.root", "../..")).toAbsolutePath().normalize();
    private static final Path REALM = ROOT.resolve("deploy/keycloak/yiwang-realm.json");
    private static final Path DEMO = ROOT.resolve("deploy/keycloak/demo/yiwang-demo.json");
    private static final String HASH_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KNOWN_ANSWER = "51252b5b149fa5e29dae30a60a411d3675cf25f2b7e5d1ad65797b86094b63b7";

    @Test
    void theProductionRealmHoldsNoPersonAndNoPasswordGrantClient() throws Exception {
        JsonNode realm = JSON.readTree(Files.readString(REALM));

        for (JsonNode user : realm.path("users")) {
            assertThat(user.has("serviceAccountClientId")).as(user.path("username").asString()).isTrue();
            assertThat(user.has("credentials")).isFalse();
        }
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(true))
                    .as(client.path("clientId").asString()).isFalse();
        }
    }

    @Test
    void everyClientSecretInTheRealmIsAPlaceholderForTheEnvironment() throws Exception {
        JsonNode realm = JSON.readTree(Files.readString(REALM));

        for (JsonNode client : realm.path("clients")) {
            if (!client.path("publicClient").asBoolean()) {
                assertThat(client.path("secret").asString()).as(client.path("clientId").asString())
                        .matches("\\$\\{YIWANG_[A-Z_]+}");
            }
        }
    }

    @Test
    void theLauncherSetsEveryPlaceholderTheRealmUses() throws Exception {
        List<String> placeholders = placeholders(Files.readString(REALM) + Files.readString(DEMO));
        List<String> provided = new ArrayList<>(List.of("YIWANG_PARTNER_SECRET", "YIWANG_DEMO_PASSWORD"));
        for (Component component : Component.all()) {
            if (component.isService()) {
                provided.add(LocalPlatform.secretVariable(component));
            }
        }
        assertThat(provided).containsAll(placeholders);
    }

    @Test
    void publicClientsRequirePkceWithS256() throws Exception {
        JsonNode realm = JSON.readTree(Files.readString(REALM));

        for (JsonNode client : realm.path("clients")) {
            if (client.path("publicClient").asBoolean()) {
                assertThat(client.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
                assertThat(client.path("implicitFlowEnabled").asBoolean()).isFalse();
            }
        }
    }

    @Test
    void aDemoCitizenReachesKeycloakWithTheKeyedHashOfHerIdNumberOnly(@TempDir Path dir) throws Exception {
        String merged = RealmFiles.realmWithDemo(REALM, DEMO, HASH_KEY);
        JsonNode citizen = user(JSON.readTree(merged), "citizen.meixian");

        assertThat(merged).doesNotContain("610326198503122019").doesNotContain(RealmFiles.DEMO_ID_NUMBER);
        assertThat(citizen.path("attributes").path("id_hash").path(0).asString())
                .isEqualTo(RealmFiles.idHash(HASH_KEY, "610326198503122019"))
                .hasSize(64);
    }

    @Test
    void theMergedRealmKeepsTheProductionClientsAndAddsTheDeveloperClient() throws Exception {
        JsonNode merged = JSON.readTree(RealmFiles.realmWithDemo(REALM, DEMO, HASH_KEY));
        List<String> clients = new ArrayList<>();
        merged.path("clients").forEach(c -> clients.add(c.path("clientId").asString()));

        assertThat(clients).contains("yiwang-web", "yiwang-mobile", "partner-meixian", "catalog-service", "yiwang-dev-cli");
        assertThat(user(merged, "clerk.meixian").path("attributes").path("region_code").path(0).asString())
                .isEqualTo("610326");
        assertThat(user(merged, "service-account-catalog-service").isMissingNode()).isFalse();
    }

    @Test
    void differentInstallationsGiveTheSameIdNumberDifferentHashes() {
        String other = Base64.getEncoder().encodeToString("another installation key 32 byte".getBytes());

        assertThat(RealmFiles.idHash(HASH_KEY, "610326198503122019"))
                .isNotEqualTo(RealmFiles.idHash(other, "610326198503122019"));
    }

    @Test
    void theIdHashIsHmacSha256InLowerCaseHexOverTheNormalisedNumber() {
        // Known answer computed independently (Python hmac) for a zero key; the services' KeyedHash
        // defaults (HMAC_SHA256, HEX, strip + upper case) must give the same value.
        assertThat(RealmFiles.idHash(HASH_KEY, " 11010519491231002x "))
                .isEqualTo(RealmFiles.idHash(HASH_KEY, "11010519491231002X"))
                .isEqualTo(KNOWN_ANSWER);
    }

    private static JsonNode user(JsonNode realm, String username) {
        for (JsonNode user : realm.path("users")) {
            if (user.path("username").asString().equals(username)) {
                return user;
            }
        }
        return JSON.missingNode();
    }

    private static List<String> placeholders(String text) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(text);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
