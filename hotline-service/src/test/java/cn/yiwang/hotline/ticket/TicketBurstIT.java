package cn.yiwang.hotline.ticket;

import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import cn.yiwang.hotline.support.TopicReader;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A burst of tickets from many agents at once (a small version of issue 8's benchmark): every one is
 * stored with its own number and announced on the ticket stream — none lost, none doubled.
 */
class TicketBurstIT extends HotlineIntegrationTest {

    private static final int TICKETS = 200;

    @Test
    void aBurstOfConcurrentIntakesIsStoredAndAnnouncedWithoutLoss() throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService agents = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> calls = IntStream.range(0, TICKETS)
                    .mapToObj(i -> agents.submit(() -> api.post("/api/v1/hotline/tickets", agent(),
                            complaint("city.streetlight", "路灯不亮 第" + i + "盏"))))
                    .toList();
            for (Future<Response> call : calls) {
                Response created = call.get();
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                ids.add(text(created.json().path("ticket"), "id"));
            }
        } finally {
            agents.shutdown();
        }

        assertThat(ids).hasSize(TICKETS);
        List<String> numbers = jdbc.queryForList("select number from ticket where id = any (?)", String.class,
                (Object) ids.toArray(String[]::new));
        assertThat(numbers).hasSize(TICKETS).doesNotHaveDuplicates();
        try (TopicReader reader = new TopicReader("hotline.ticket.v1")) {
            Set<String> announced = await().atMost(Duration.ofSeconds(120)).until(
                    () -> reader.poll().stream()
                            .filter(record -> "yiwang.ticket.created.v1".equals(TopicReader.header(record, "ce_type")))
                            .map(record -> record.key()).filter(ids::contains).collect(Collectors.toSet()),
                    found -> found.size() == TICKETS);
            assertThat(announced).isEqualTo(ids);
        }
    }
}
