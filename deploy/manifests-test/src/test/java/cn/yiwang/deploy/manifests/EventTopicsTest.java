package cn.yiwang.deploy.manifests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topics in the services' code are the topics the manifests know: a topic added in code but
 * not here would exist nowhere in a cluster that does not create topics on demand, and its
 * producer would fail there although every service test passed.
 */
class EventTopicsTest {

    private static final Pattern TOPIC_CONSTANT = Pattern.compile("String TOPIC\\w* = \"([a-z0-9.\\-]+)\"");

    @Test
    void everyTopicNamedInAServicesCodeIsOneTheManifestsCreateAndGrantToThatService() throws IOException {
        for (Repository.Workload service : Repository.SERVICES) {
            Set<String> inCode = topicsIn(Repository.DEPLOY.getParent().resolve(service.module()).resolve("src/main/java"));
            Set<String> known = new TreeSet<>(Repository.PUBLISHES.get(service.module()));
            known.addAll(Repository.CONSUMES.get(service.module()));

            assertThat(Repository.TOPICS).as("topics created for the platform").containsAll(inCode);
            assertThat(known).as(service.module() + " publishes or consumes").containsAll(inCode);
        }
    }

    private static Set<String> topicsIn(Path sources) throws IOException {
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = TOPIC_CONSTANT.matcher(Files.readString(file));
                while (matcher.find()) {
                    topics.add(matcher.group(1));
                }
            }
        }
        return topics;
    }
}
