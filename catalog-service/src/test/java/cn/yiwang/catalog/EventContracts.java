package cn.yiwang.catalog;

import cn.yiwang.common.test.SharedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads what the service really sent to Kafka, and compares it with the example JSON the service
 * publishes for its consumers ({@code contracts/events/}).
 */
public final class EventContracts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventContracts() {
    }

    /** Waits up to 20 s for a record with this key and CloudEvents type on the topic. */
    public static ConsumerRecord<String, String> awaitRecord(String topic, String key, String type) {
        return awaitRecord(topic, key, type, value -> true);
    }

    /** Waits up to 20 s for a record with this key, CloudEvents type and a value that matches. */
    public static ConsumerRecord<String, String> awaitRecord(String topic, String key, String type,
                                                             Predicate<JsonNode> value) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "contract-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(20);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(record.key()) && type.equals(header(record, "ce_type").orElse(null))
                            && value.test(parse(record.value()))) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " with key " + key + " on " + topic + " within 20 s");
    }

    public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    public static JsonNode example(String name) {
        try (InputStream in = EventContracts.class.getResourceAsStream("/contracts/events/" + name)) {
            if (in == null) {
                throw new AssertionError("no example contracts/events/" + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /**
     * The field paths of a JSON document, array positions folded to {@code []}; fields that are null
     * in an example are left out, as the producer leaves null fields out.
     */
    public static TreeSet<String> paths(JsonNode node) {
        TreeSet<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, TreeSet<String> paths) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getValue().isNull()) {
                    String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                    paths.add(child);
                    collect(field.getValue(), child, paths);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, path + "[]", paths);
            }
        }
    }
}
