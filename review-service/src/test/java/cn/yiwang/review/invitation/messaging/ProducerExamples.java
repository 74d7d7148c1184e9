package cn.yiwang.review.invitation.messaging;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The producers' own published event examples, read from their modules: if case-service or
 * hotline-service changes its event, the tests read the change (no copy to drift).
 */
final class ProducerExamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProducerExamples() {
    }

    static ObjectNode read(String module, String name) {
        Path example = Path.of("..", module, "src/main/resources/contracts/events", name);
        try (InputStream in = Files.newInputStream(example)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("the producer's example " + example.toAbsolutePath() + " is missing", e);
        }
    }
}
