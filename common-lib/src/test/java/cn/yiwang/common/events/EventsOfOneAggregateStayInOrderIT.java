package cn.yiwang.common.events;

import cn.yiwang.common.test.SharedInfrastructure;
import cn.yiwang.common.test.WithEmbeddedKafka;
import cn.yiwang.common.test.WithEmbeddedPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One aggregate's events reach Kafka in the order their transactions committed (ARCHITECTURE.md
 * "Events"): a consumer must never see a case concluded before it was resumed.
 */
@SpringBootTest(classes = EventsTestApplication.class)
// The sweeper must not resend an event still waiting its turn: that would be a duplicate, not disorder.
@TestPropertySource(locations = EventsTestApplication.PROPERTIES, properties = {"yiwang.events.resubmit.min-age=60s"})
@WithEmbeddedPostgres
@WithEmbeddedKafka
class EventsOfOneAggregateStayInOrderIT {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void eventsOfOneCaseCommittedOneAfterAnotherArriveInThatOrder() {
        String caseId = "case-order-" + UUID.randomUUID();
        int count = 60;
        for (int step = 0; step < count; step++) {
            CaseConcluded event = new CaseConcluded(UUID.randomUUID(), caseId, "610326", Instant.now(), "step-" + step);
            transactions.executeWithoutResult(status -> events.publishEvent(event));
        }

        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(), CaseConcluded.TOPIC)) {
            List<ConsumerRecord<String, String>> received = await().atMost(Duration.ofSeconds(60))
                    .until(() -> reader.withKey(caseId), found -> found.size() >= count);
            List<String> outcomes = received.stream()
                    .map(record -> record.value().replaceAll(".*\"outcome\":\"([^\"]+)\".*", "$1")).toList();
            assertThat(outcomes).containsExactlyElementsOf(IntStream.range(0, count).mapToObj(i -> "step-" + i).toList());
        }
    }
}
