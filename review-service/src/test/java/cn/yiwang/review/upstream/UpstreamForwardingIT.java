package cn.yiwang.review.upstream;

import cn.yiwang.review.support.ReviewIntegrationTest;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Evaluations reach the provincial 好差评 system even when it is away for a while (issue 6: retry and no loss). */
class UpstreamForwardingIT extends ReviewIntegrationTest {

    @Autowired
    UpstreamForwarder forwarder;

    @Test
    void anEvaluationReachesTheUpstreamSystemAfterAnOutageWithTheExchangeInterfaceCodes() {
        UPSTREAM.resetAll();
        UPSTREAM.stubFor(WireMock.post(urlEqualTo("/haocha/evaluations")).willReturn(aResponse().withStatus(503)));
        String person = unique("upstream");
        String evaluationId = evaluate(citizen(person), concludedCase(person, uniqueOrg(), "610326", "item-u", "staff-u"),
                rating("DISSATISFIED", 4, false, "排队太久")).json().get("id").asString();

        forwarder.forward();

        assertThat(stateOf(evaluationId)).isEqualTo("waiting");
        assertThat(UPSTREAM.findAll(postRequestedFor(urlEqualTo("/haocha/evaluations"))
                .withHeader("Idempotency-Key", equalTo(evaluationId)))).hasSize(1);

        UPSTREAM.resetAll();
        UPSTREAM.stubFor(WireMock.post(urlEqualTo("/haocha/evaluations")).willReturn(aResponse().withStatus(202)));
        forwarder.forward();
        assertThat(stateOf(evaluationId)).as("waits out its back-off").isEqualTo("waiting");

        clock.advance(Duration.ofHours(3));
        forwarder.forward();

        assertThat(stateOf(evaluationId)).isEqualTo("sent");
        UPSTREAM.verify(1, postRequestedFor(urlEqualTo("/haocha/evaluations"))
                .withHeader("Idempotency-Key", equalTo(evaluationId))
                .withRequestBody(matchingJsonPath("$.level", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.channel", equalTo("4")))
                .withRequestBody(matchingJsonPath("$.text", equalTo("排队太久"))));
    }

    @Test
    void anEvaluationIsStoredForForwardingInTheSameTransactionAsItIsCreated() {
        String person = unique("stored");
        String evaluationId = evaluate(citizen(person), concludedCase(person, uniqueOrg(), "610326", "item-u", "staff-u"),
                rating("SATISFIED", 1, true, null)).json().get("id").asString();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM upstream_forwarding WHERE evaluation_id = ?", Integer.class,
                UUID.fromString(evaluationId))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT payload FROM upstream_forwarding WHERE evaluation_id = ?", String.class,
                UUID.fromString(evaluationId))).contains("\"anonymous\":true").doesNotContain(person);
    }

    @Test
    void twoInstancesForwardingAtOnceSendEachEvaluationOnce() throws Exception {
        UPSTREAM.resetAll();
        UPSTREAM.stubFor(WireMock.post(urlEqualTo("/haocha/evaluations"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(300)));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String person = unique("twice");
            ids.add(evaluate(citizen(person), concludedCase(person, uniqueOrg(), "610326", "item-u", "staff-u"),
                    rating("SATISFIED", 2, false, null)).json().get("id").asString());
        }
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = instances.submit(forwarder::forward);
            Future<Integer> other = instances.submit(forwarder::forward);
            one.get();
            other.get();
        } finally {
            instances.shutdownNow();
        }

        for (String id : ids) {
            assertThat(stateOf(id)).isEqualTo("sent");
            UPSTREAM.verify(1, postRequestedFor(urlEqualTo("/haocha/evaluations")).withHeader("Idempotency-Key", equalTo(id)));
        }
        assertThat(getOutsideApi("/actuator/prometheus").body()).contains("yiwang_review_upstream_backlog");
    }

    private String stateOf(String evaluationId) {
        return jdbc.queryForObject("SELECT CASE WHEN sent_at IS NULL THEN 'waiting' ELSE 'sent' END FROM upstream_forwarding WHERE evaluation_id = ?",
                String.class, UUID.fromString(evaluationId));
    }

}
