package cn.yiwang.deploy.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Builds the one realm file the local Keycloak imports: the production realm
 * ({@code deploy/keycloak/yiwang-realm.json}) plus the local-only demo users and developer client
 * ({@code deploy/keycloak/demo/yiwang-demo.json}).
 *
 * <p>They are merged into one file because Keycloak imports a realm only when it does not exist:
 * a second file for the same realm would be skipped. Demo citizens are written in the demo file
 * with a fictitious ID number ({@code demo_id_number}); here it becomes the {@code id_hash}
 * attribute, keyed with this installation's hash key, so the ID number itself never reaches
 * Keycloak and the services can find the citizen's records by the same keyed hash.
 */
public final class RealmFiles {

    static final String DEMO_ID_NUMBER = "demo_id_number";
    static final String ID_HASH = "id_hash";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RealmFiles() {
    }

    /** The production realm with the demo clients and users added. */
    public static String realmWithDemo(Path realmFile, Path demoFile, String base64HashKey) {
        ObjectNode realm = read(realmFile);
        ObjectNode demo = read(demoFile);
        if (!realm.path("realm").asString("").equals(demo.path("realm").asString(""))) {
            throw new IllegalArgumentException(demoFile + " is for realm " + demo.path("realm") + ", not "
                    + realm.path("realm"));
        }
        append(realm, "clients", demo.path("clients"));
        ArrayNode users = JSON.createArrayNode();
        for (JsonNode user : demo.path("users")) {
            ObjectNode copy = (ObjectNode) user.deepCopy();
            if (copy.get("attributes") instanceof ObjectNode attributes && attributes.has(DEMO_ID_NUMBER)) {
                String idNumber = attributes.get(DEMO_ID_NUMBER).get(0).asString();
                attributes.remove(DEMO_ID_NUMBER);
                attributes.set(ID_HASH, JSON.createArrayNode().add(idHash(base64HashKey, idNumber)));
            }
            users.add(copy);
        }
        append(realm, "users", users);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
    }

    /**
     * The keyed hash of an ID number as it appears in the {@code id_hash} claim: HMAC-SHA256 with
     * the installation's hash key ({@code yiwang.personal-data.hash-key}) over the trimmed,
     * upper-cased number, lower-case hex — the defaults of common-lib's {@code KeyedHash}, so a
     * service finds the demo citizen's records by this claim. (The launcher does not depend on
     * common-lib, which would drag Spring into it; {@code RealmFilesTest} pins the format.)
     */
    public static String idHash(String base64HashKey, String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64HashKey), "HmacSHA256"));
            String normalised = idNumber.strip().toUpperCase(java.util.Locale.ROOT);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static void append(ObjectNode realm, String field, JsonNode extra) {
        ArrayNode target = realm.get(field) instanceof ArrayNode existing ? existing : realm.putArray(field);
        for (JsonNode node : extra) {
            target.add(node);
        }
    }

    private static ObjectNode read(Path file) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
