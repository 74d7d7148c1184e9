package cn.yiwang.review.evaluation;

import cn.yiwang.common.events.ReceivedEvent;
import cn.yiwang.common.test.SharedInfrastructure;
import cn.yiwang.review.support.ReviewIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What review-service sends on {@code review.evaluation.v1} (and {@code review.notification.v1}) has exactly the fields and JSON types of
 * the examples in {@code contracts/events}, which consumers test their readers against
 * (ARCHITECTURE.md "Events").
 */
class EvaluationEventContractIT extends ReviewIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    cn.yiwang.review.workorder.WorkOrderEscalation escalation;

    @Test
    void aSubmittedEvaluationIsPublishedAsTheContractExampleShowsIt() {
        String person = unique("contract");
        String org = uniqueOrg();
        String evaluationId = evaluate(citizen(person), concludedCase(person, org, "610326", "item-c", "staff-c"),
                rating("DISSATISFIED", 2, false, "text never leaves")).json().get("id").asString();

        ConsumerRecord<String, String> record = awaitRecord(evaluationId, "yiwang.evaluation.submitted.v1");
        JsonNode sent = JSON.readTree(record.value());

        assertThat(shape(sent)).isEqualTo(shape(example("evaluation.submitted.v1.json")));
        assertThat(sent.get("levelCode").asInt()).isEqualTo(2);
        assertThat(sent.get("evaluatorIdHash").asString()).isEqualTo(person);
        assertThat(record.value()).doesNotContain("text never leaves");
        assertThat(ReceivedEvent.of(record).subject()).isEqualTo(evaluationId);
    }

    @Test
    void anExcludedEvaluationIsPublishedAsTheContractExampleShowsIt() {
        String person = unique("contract");
        String org = uniqueOrg();
        String evaluationId = evaluate(citizen(person), concludedCase(person, org, "610326", "item-c", "staff-c"),
                rating("VERY_DISSATISFIED", 2, true, null)).json().get("id").asString();
        String appeal = post("/evaluations/" + evaluationId + "/appeals", orgAdmin(org, "610326"),
                "{\"reason\":\"MALICIOUS\",\"evidence\":[\"recording:9\"]}").json().get("id").asString();
        post("/appeals/" + appeal + "/decision", supervisor("610326"), "{\"upheld\":true}");

        ConsumerRecord<String, String> record = awaitRecord(evaluationId, "yiwang.evaluation.excluded.v1");

        assertThat(shape(JSON.readTree(record.value()))).isEqualTo(shape(example("evaluation.excluded.v1.json")));
    }

    @Test
    void anOverdueRectificationIsPublishedAsTheContractExampleShowsIt() {
        String person = unique("contract");
        String org = uniqueOrg();
        String evaluationId = evaluate(citizen(person), concludedCase(person, org, "610326", "item-c", "staff-c"),
                rating("DISSATISFIED", 2, false, null)).json().get("id").asString();

        escalation.escalateOverdue(clock.instant().plus(java.time.Duration.ofDays(60)));

        ConsumerRecord<String, String> record = awaitRecord(evaluationId, "yiwang.evaluation.escalated.v1");
        JsonNode sent = JSON.readTree(record.value());
        assertThat(shape(sent)).isEqualTo(shape(example("evaluation.escalated.v1.json")));
        assertThat(sent.get("step").asString()).isEqualTo("AWAITING_VERIFICATION");
        assertThat(sent.get("orgCode").asString()).isEqualTo(org);
    }

    @Test
    void aNotificationIsPublishedForDeliveryAsTheContractExampleShowsItWithoutText() {
        String person = unique("contract");
        concludedCase(person, uniqueOrg(), "610326", "item-c", "staff-c");
        String notificationId = get("/notifications", citizen(person)).json().get("items").get(0).get("id").asString();

        ConsumerRecord<String, String> record = awaitRecord("review.notification.v1", notificationId,
                "yiwang.notification.recorded.v1");
        JsonNode sent = JSON.readTree(record.value());

        assertThat(shape(sent)).isEqualTo(shape(example("notification.recorded.v1.json")));
        assertThat(sent.get("kind").asString()).isEqualTo("INVITATION_OPENED");
        assertThat(sent.get("recipientType").asString()).isEqualTo("HOLDER");
        assertThat(sent.get("recipientKey").asString()).isEqualTo(person);
        assertThat(record.value()).doesNotContain("欢迎");
    }

    private static ConsumerRecord<String, String> awaitRecord(String key, String type) {
        return awaitRecord("review.evaluation.v1", key, type);
    }

    private static ConsumerRecord<String, String> awaitRecord(String topic, String key, String type) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "contract-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(record -> {
                    if (key.equals(record.key()) && type.equals(ReceivedEvent.of(record).type())) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    /** Field name → JSON node type: the contract is the set of fields and their kinds, not the values. */
    private static Map<String, String> shape(JsonNode node) {
        Map<String, String> shape = new TreeMap<>();
        for (String field : node.propertyNames()) {
            shape.put(field, node.get(field).getNodeType().name());
        }
        return shape;
    }

    private static JsonNode example(String name) {
        try (InputStream in = EvaluationEventContractIT.class.getResourceAsStream("/contracts/events/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
