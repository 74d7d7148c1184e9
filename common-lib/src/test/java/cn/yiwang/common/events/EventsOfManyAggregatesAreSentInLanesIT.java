package cn.yiwang.common.events;

import cn.yiwang.common.test.SharedInfrastructure;
import cn.yiwang.common.test.WithEmbeddedKafka;
import cn.yiwang.common.test.WithEmbeddedPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Committed events are sent in lanes ({@link EventLanes}): several cases' events at the same time,
 * each case's in commit order — the throughput a service needs at 100 conclusions/s without giving
 * up the order ARCHITECTURE.md promises per aggregate.
 */
@SpringBootTest(classes = EventsTestApplication.class)
@Import(EventsOfManyAggregatesAreSentInLanesIT.LaneProbe.class)
@TestPropertySource(locations = EventsTestApplication.PROPERTIES, properties = {"yiwang.events.resubmit.min-age=60s"})
@WithEmbeddedPostgres
@WithEmbeddedKafka
class EventsOfManyAggregatesAreSentInLanesIT {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ApplicationContext context;

    /** Another after-commit listener on the same executor: where each case's events were handled. */
    @TestConfiguration
    static class LaneProbe {
        static final Map<String, Set<String>> THREADS = new ConcurrentHashMap<>();

        @ApplicationModuleListener
        void on(CaseConcluded event) {
            THREADS.computeIfAbsent(event.caseId(), id -> ConcurrentHashMap.newKeySet()).add(Thread.currentThread().getName());
        }
    }

    @Test
    void theAsynchronousExecutorIsTheLanes() {
        assertThat(context.getBean("applicationTaskExecutor")).isInstanceOf(EventLanes.class);
        assertThat(context.getBean("taskExecutor")).isSameAs(context.getBean("applicationTaskExecutor"));
    }

    @Test
    void interleavedEventsOfManyCasesArriveInOrderPerCaseAndAreHandledOnSeveralLanes() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> cases = IntStream.range(0, 12).mapToObj(i -> "case-lanes-" + run + "-" + i).toList();
        int steps = 20;
        for (int step = 0; step < steps; step++) {
            for (String caseId : cases) {
                CaseConcluded event = new CaseConcluded(UUID.randomUUID(), caseId, "610326", Instant.now(), "step-" + step);
                transactions.executeWithoutResult(status -> events.publishEvent(event));
            }
        }

        List<String> expected = IntStream.range(0, steps).mapToObj(i -> "step-" + i).toList();
        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(), CaseConcluded.TOPIC)) {
            for (String caseId : cases) {
                List<ConsumerRecord<String, String>> received = await().atMost(Duration.ofSeconds(60))
                        .until(() -> reader.withKey(caseId), found -> found.size() >= steps);
                List<String> outcomes = new ArrayList<>(received.stream()
                        .map(record -> record.value().replaceAll(".*\"outcome\":\"([^\"]+)\".*", "$1")).toList());
                assertThat(outcomes).as(caseId).containsExactlyElementsOf(expected);
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.stream()
                .allMatch(caseId -> LaneProbe.THREADS.containsKey(caseId)));
        assertThat(cases).allSatisfy(caseId -> assertThat(LaneProbe.THREADS.get(caseId)).as("one lane per case").hasSize(1));
        Set<String> lanesUsed = cases.stream().flatMap(caseId -> LaneProbe.THREADS.get(caseId).stream())
                .collect(Collectors.toSet());
        assertThat(lanesUsed).as("twelve cases over eight lanes").hasSizeGreaterThan(1);
    }
}
