package cn.yiwang.common.events;

import org.junit.jupiter.api.Test;
import org.springframework.context.PayloadApplicationEvent;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class EventLanesTest {

    private static CaseConcluded event(String caseId, String outcome) {
        return new CaseConcluded(UUID.randomUUID(), caseId, "610326", Instant.now(), outcome);
    }

    /** What the committing thread does for one event: name its aggregate, hand the send over. */
    private static void handOver(EventLanes lanes, CaseConcluded event, Runnable send) {
        var callback = EventLanes.laneKeyCallback();
        PayloadApplicationEvent<CaseConcluded> published = new PayloadApplicationEvent<>(new Object(), event);
        callback.preProcessEvent(published);
        try {
            lanes.execute(send);
        } finally {
            callback.postProcessEvent(published, null);
        }
    }

    @Test
    void oneCasesEventsAreSentOneAfterAnotherInTheOrderTheyWereHandedOver() throws Exception {
        EventLanes lanes = new EventLanes(8, "test-lane-");
        try {
            List<String> sent = new CopyOnWriteArrayList<>();
            Set<String> threads = ConcurrentHashMap.newKeySet();
            CountDownLatch done = new CountDownLatch(100);
            for (int step = 0; step < 100; step++) {
                String outcome = "step-" + step;
                handOver(lanes, event("case-1", outcome), () -> {
                    sent.add(outcome);
                    threads.add(Thread.currentThread().getName());
                    done.countDown();
                });
            }
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(sent).containsExactlyElementsOf(IntStream.range(0, 100).mapToObj(i -> "step-" + i).toList());
            assertThat(threads).containsExactly("test-lane-" + (lanes.laneOf("case-1") + 1));
        } finally {
            lanes.destroy();
        }
    }

    @Test
    void differentCasesAreSentOnDifferentLanesSoOneSlowSendDoesNotHoldUpTheOthers() throws Exception {
        EventLanes lanes = new EventLanes(8, "test-lane-");
        try {
            String slowCase = "case-slow";
            String otherCase = IntStream.range(0, 100).mapToObj(i -> "case-" + i)
                    .filter(id -> lanes.laneOf(id) != lanes.laneOf(slowCase)).findFirst().orElseThrow();
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch otherSent = new CountDownLatch(1);
            handOver(lanes, event(slowCase, "waits for the broker"), () -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            handOver(lanes, event(otherCase, "approved"), otherSent::countDown);
            assertThat(otherSent.await(5, TimeUnit.SECONDS)).as("sent while the slow one still waits").isTrue();
            release.countDown();
        } finally {
            lanes.destroy();
        }
    }

    @Test
    void tasksWithoutAnEventRunOnTheFirstLaneInOrder() throws Exception {
        EventLanes lanes = new EventLanes(4, "test-lane-");
        try {
            List<Integer> ran = new CopyOnWriteArrayList<>();
            Set<String> threads = ConcurrentHashMap.newKeySet();
            CountDownLatch done = new CountDownLatch(50);
            for (int i = 0; i < 50; i++) {
                int task = i;
                lanes.execute(() -> {
                    ran.add(task);
                    threads.add(Thread.currentThread().getName());
                    done.countDown();
                });
            }
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ran).isSorted().hasSize(50);
            assertThat(threads).containsExactly("test-lane-1");
        } finally {
            lanes.destroy();
        }
    }
}
