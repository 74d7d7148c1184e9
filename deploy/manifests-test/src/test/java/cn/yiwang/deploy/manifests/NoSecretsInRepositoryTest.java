package cn.yiwang.deploy.manifests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret is committed (issue #11): every installation generates its own (the local launcher)
 * or takes them from its environment (compose's .env, Kubernetes Secrets). The check reads every
 * configuration file and script outside tests: private keys, and passwords, secrets and keys
 * given a literal value instead of a placeholder.
 */
class NoSecretsInRepositoryTest {

    static final Path ROOT = Repository.DEPLOY.getParent();
    static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", ".yiwang", "node_modules", ".mvn", "test");
    static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN ([A-Z]+ )?PRIVATE KEY-----");
    /** {@code password: x}, {@code "secret": "x"}, {@code client_secret=x}, {@code KEY=x} … with a literal value. */
    static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
            "(?i)(?<![\\w.\\-{$])[\"']?([\\w.\\-]*(password|passwd|secret|private[-_]?key|api[-_]?key|hash[-_]?key|wrap[-_]?keys?[\\w.\\-]*))[\"']?[ \\t]*[:=][ \\t]*[\"']?([^\\s\"',}#]+)");

    @Test
    void noPrivateKeyOrLiteralSecretIsCommittedInConfigurationOrScripts() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(Files::isRegularFile).filter(NoSecretsInRepositoryTest::isConfiguration)
                    .filter(f -> !isSkipped(f)).toList()) {
                String text;
                try {
                    text = Files.readString(file);
                } catch (MalformedInputException binary) {
                    continue;
                }
                if (PRIVATE_KEY.matcher(text).find()) {
                    findings.add(ROOT.relativize(file) + ": a private key");
                }
                Matcher assignment = SECRET_ASSIGNMENT.matcher(text);
                while (assignment.find()) {
                    if (!isPlaceholder(assignment.group(3))) {
                        findings.add(ROOT.relativize(file) + ": " + assignment.group(1) + " has a literal value");
                    }
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void theCheckFindsALiteralPasswordAndAPrivateKey() {
        assertThat(SECRET_ASSIGNMENT.matcher("spring.datasource.password=hunter2").find()).isTrue();
        assertThat(SECRET_ASSIGNMENT.matcher("  \"secret\": \"abc123\"").find()).isTrue();
        assertThat(PRIVATE_KEY.matcher("-----BEGIN EC PRIVATE KEY-----").find()).isTrue();
        Matcher placeholder = SECRET_ASSIGNMENT.matcher("password: ${POSTGRES_PASSWORD}");
        assertThat(placeholder.find() && !isPlaceholder(placeholder.group(3))).isFalse();
        assertThat(SECRET_ASSIGNMENT.matcher("POSTGRES_PASSWORD=\nNEXT=1").find()).as("an empty value to fill in").isFalse();
        assertThat(SECRET_ASSIGNMENT.matcher("create catalog \"${CATALOG_DB_PASSWORD:?}\"").find()).isFalse();
    }

    static boolean isPlaceholder(String value) {
        return value.startsWith("${") || value.startsWith("$") || value.startsWith("{{") || value.startsWith("<")
                || value.startsWith("[") || value.startsWith("(") || value.equals("null") || value.equals("true")
                || value.equals("false") || value.equals("''") || value.equals("\"\"") || value.startsWith("secretKeyRef")
                || value.startsWith("valueFrom") || value.matches("[a-z]+(\\.[a-z]+)*") && !value.matches(".*\\d.*");
    }

    private static boolean isConfiguration(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".properties") || name.endsWith(".json")
                || name.endsWith(".env") || name.startsWith(".env") || name.endsWith(".sh") || name.endsWith(".conf");
    }

    private static boolean isSkipped(Path file) {
        for (Path part : ROOT.relativize(file)) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }
}
