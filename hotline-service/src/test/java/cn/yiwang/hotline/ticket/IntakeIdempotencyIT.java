package cn.yiwang.hotline.ticket;

import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apps and partner systems retry: with an Idempotency-Key, intake files a ticket once — a retry, or a
 * duplicate sent at the same moment, answers with the ticket filed first; the same key with another
 * request is refused and stores nothing.
 */
class IntakeIdempotencyIT extends HotlineIntegrationTest {

    private static final String TICKETS = "/api/v1/hotline/tickets";

    @Test
    void aRetryWithTheSameKeyAnswersTheTicketFiledFirstAndFilesNoSecond() {
        String citizen = citizen("idem-retry");
        String marker = marker();
        Map<String, String> key = key();

        Response first = api.post(TICKETS, citizen, rats(marker), key);
        Response retry = api.post(TICKETS, citizen, rats(marker), key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        JsonNode filed = first.json().path("ticket");
        assertThat(text(retry.json().path("ticket"), "id")).isEqualTo(text(filed, "id"));
        assertThat(text(retry.json().path("ticket"), "number")).isEqualTo(text(filed, "number"));
        assertThat(stored(marker)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedNamingTheKeyAndStoresNothing() {
        String citizen = citizen("idem-reused");
        String marker = marker();
        String other = marker();
        Map<String, String> key = key();
        assertThat(api.post(TICKETS, citizen, rats(marker), key).status()).isEqualTo(201);

        Response reused = api.post(TICKETS, citizen, rats(other), key);

        assertThat(reused.status()).as(reused.body()).isEqualTo(422);
        assertThat(reused.json().path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(reused.json().path("detail").asString()).contains("Idempotency-Key");
        assertThat(stored(other)).isZero();
        assertThat(stored(marker)).isEqualTo(1);
    }

    @Test
    void duplicatesSentAtTheSameMomentFileOneTicket() throws Exception {
        String citizen = citizen("idem-concurrent");
        String marker = marker();
        Map<String, String> key = key();
        ExecutorService app = Executors.newFixedThreadPool(8);
        List<Response> responses = new ArrayList<>();
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(app.submit(() -> api.post(TICKETS, citizen, rats(marker), key)));
            }
            for (Future<Response> call : calls) {
                responses.add(call.get());
            }
        } finally {
            app.shutdown();
        }

        assertThat(responses).extracting(Response::status).containsOnly(201, 200).containsOnlyOnce(201);
        assertThat(responses).extracting(response -> text(response.json().path("ticket"), "id")).containsOnly(
                text(responses.get(0).json().path("ticket"), "id"));
        assertThat(stored(marker)).isEqualTo(1);
    }

    @Test
    void aKeyBelongsToItsCallerSoAnotherCallerWithTheSameKeyFilesTheirOwnTicket() {
        String marker = marker();
        Map<String, String> key = key();

        Response mine = api.post(TICKETS, citizen("idem-first-caller"), rats(marker), key);
        Response theirs = api.post(TICKETS, citizen("idem-second-caller"), rats(marker), key);

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(text(theirs.json().path("ticket"), "id")).isNotEqualTo(text(mine.json().path("ticket"), "id"));
        assertThat(stored(marker)).isEqualTo(2);
    }

    @Test
    void aKeyThatIsNotVisibleAsciiOfEightTo255CharactersIsRefusedAndStoresNothing() {
        String marker = marker();

        Response refused = api.post(TICKETS, citizen("idem-bad-key"), rats(marker), Map.of("Idempotency-Key", "short"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(stored(marker)).isZero();
    }

    private int stored(String marker) {
        Integer count = jdbc.queryForObject("select count(*) from ticket where description like ?", Integer.class,
                marker + "%");
        return count == null ? 0 : count;
    }

    private static String marker() {
        return "【" + UUID.randomUUID() + "】";
    }

    private static Map<String, String> key() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    private static Map<String, Object> rats(String marker) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "MOBILE");
        body.put("type", "COMPLAINT");
        body.put("categoryCode", "env.vector.rats");
        body.put("regionCode", MEI);
        body.put("location", "眉县首善镇中街1号");
        body.put("description", marker + "小区垃圾站附近老鼠很多");
        return body;
    }
}
