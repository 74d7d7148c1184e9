package cn.yiwang.hotline.support;

import cn.yiwang.common.test.SharedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Sends another service's event to the test broker as that service would: CloudEvents headers, JSON value. */
public final class EventSender {

    private EventSender() {
    }

    public static String sample(String name) {
        try {
            return new ClassPathResource("samples/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code payload} and returns its ce_id. */
    public static String send(String topic, String key, String type, String source, String payload) {
        return send(topic, key, type, source, payload, UUID.randomUUID().toString());
    }

    public static String send(String topic, String key, String type, String source, String payload, String eventId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(eventId)).add("ce_source", bytes(source))
                .add("ce_type", bytes(type)).add("ce_time", bytes("2026-11-20T02:00:00Z")).add("ce_subject", bytes(key));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
