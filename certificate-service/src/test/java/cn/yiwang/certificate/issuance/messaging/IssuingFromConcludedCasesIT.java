package cn.yiwang.certificate.issuance.messaging;

import cn.yiwang.certificate.support.CertificateIntegrationTestBase;
import cn.yiwang.certificate.support.TopicReader;
import cn.yiwang.common.test.SharedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A concluded case whose result is a certificate type gets its certificate once, however often it is delivered. */
class IssuingFromConcludedCasesIT extends CertificateIntegrationTestBase {

    static final String ZHAO_LIU = "610926200002290017";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRedeliveredConclusionIssuesExactlyOneCertificateWhichTheHolderFindsInTheWallet() throws Exception {
        String caseNumber = "610326-2026-" + UUID.randomUUID().toString().substring(0, 6);
        String eventId = UUID.randomUUID().toString();
        try (TopicReader issuedEvents = new TopicReader(CertificateEventsV1.TOPIC);
             KafkaProducer<String, String> producer = producer()) {
            String event = sample(caseNumber, protection.hash(ZHAO_LIU));
            producer.send(record(caseNumber, eventId, event)).get();
            producer.send(record(caseNumber, eventId, event)).get();
            // A later event on the same key: once it is handled, the redelivery before it was too.
            String marker = "610326-2026-" + UUID.randomUUID().toString().substring(0, 6);
            producer.send(record(caseNumber, UUID.randomUUID().toString(), sample(marker, protection.hash(ZHAO_LIU)))).get();

            await().atMost(Duration.ofSeconds(60)).until(() -> count(marker) == 1);

            assertThat(count(caseNumber)).isEqualTo(1);
            assertThat(api.get("/wallet", citizen(ZHAO_LIU)).json("items").findValuesAsString("caseNumber")).contains(caseNumber, marker);

            // The issued event is what contracts/events/certificate.issued.json promises; a degree is
            // permanent, so its null validUntil is left out.
            ConsumerRecord<String, String> issued = issuedEvents.await("yiwang.certificate.issued.v1", caseNumber);
            Set<String> expected = fieldNames(example());
            expected.remove("validUntil");
            assertThat(fieldNames(issued.value())).isEqualTo(expected);
        }
    }

    @Test
    void aConclusionWhoseDataDoesNotFitTheTypeIsKeptForTheIssuerInsteadOfRetriedForever() throws Exception {
        String caseNumber = "610326-2026-" + UUID.randomUUID().toString().substring(0, 6);
        String event = sample(caseNumber, protection.hash(ZHAO_LIU)).replace("\"学士\"", "\"院士\"");
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(record(caseNumber, UUID.randomUUID().toString(), event)).get();
        }

        await().atMost(Duration.ofSeconds(60)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM issuance_failure WHERE case_number = ?", Integer.class, caseNumber) == 1);
        assertThat(count(caseNumber)).isZero();
        assertThat(jdbc.queryForObject("SELECT reasons FROM issuance_failure WHERE case_number = ?", String.class, caseNumber))
                .contains("\"field\":\"metadata.degree\"").contains("\"code\":\"choice\"");
    }

    int count(String caseNumber) {
        return jdbc.queryForObject("SELECT count(*) FROM certificate WHERE case_number = ?", Integer.class, caseNumber);
    }

    static String sample(String caseNumber, String idHash) throws IOException {
        try (InputStream in = IssuingFromConcludedCasesIT.class.getResourceAsStream("/events/case.concluded.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("CASE_NUMBER", caseNumber).replace("ID_HASH", idHash);
        }
    }

    private static String example() throws IOException {
        try (InputStream in = IssuingFromConcludedCasesIT.class.getResourceAsStream("/contracts/events/certificate.issued.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> fieldNames(String json) {
        Set<String> names = new HashSet<>();
        JSON.readTree(json).properties().forEach(property -> names.add(property.getKey()));
        return names;
    }

    static ProducerRecord<String, String> record(String key, String eventId, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(CaseConcludedV1.TOPIC, key, value);
        Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_source", "/yiwang/case-service",
                        "ce_type", CaseConcludedV1.TYPE, "ce_time", "2026-11-20T08:30:00Z", "ce_subject", key,
                        "content-type", "application/json")
                .forEach((name, value1) -> record.headers().add(name, value1.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }
}
