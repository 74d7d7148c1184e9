package cn.yiwang.cases.it;

import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Applications arriving at the same moment: numbers stay unique, a retried request files one case. */
class ConcurrentApplicationsIT extends CaseServiceITSupport {

    @BeforeEach
    void setUp() throws Exception {
        itemsArePublished();
        clockAt("2026-03-03T09:00");
    }

    @Test
    void simultaneousApplicationsForOneItemOnOneDayGetDistinctCaseNumbers() throws Exception {
        List<Callable<Reply>> applications = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String idNumber = citizenId(100 + i);
            String token = Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer();
            applications.add(() -> post("", token, CaseFlowIT.application(idNumber), Map.of("Idempotency-Key", "k-" + UUID.randomUUID())));
        }

        List<Reply> replies = runTogether(applications);

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.raw()).isEqualTo(201));
        Set<String> numbers = replies.stream().map(reply -> reply.body().get("number").asText()).collect(Collectors.toSet());
        assertThat(numbers).hasSize(12).allSatisfy(number -> assertThat(number).startsWith(FOOD_LICENCE + "20260303"));
    }

    @Test
    void theSameRequestSentFiveTimesAtOnceFilesOneCase() throws Exception {
        String idNumber = citizenId(120);
        String token = Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer();
        String key = "retry-" + UUID.randomUUID();
        List<Callable<Reply>> retries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            retries.add(() -> post("", token, CaseFlowIT.application(idNumber), Map.of("Idempotency-Key", key)));
        }

        List<Reply> replies = runTogether(retries);

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.raw()).isIn(200, 201));
        assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(1);
        assertThat(replies.stream().map(reply -> reply.body().get("id").asText()).distinct()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_file WHERE applicant_id_hash = ?", Integer.class,
                personalData.hash(idNumber))).isEqualTo(1);
    }

    @Test
    void anApplicationWithoutIdempotencyKeyIsRefused() {
        String idNumber = citizenId(121);
        String token = Tokens.forRoles("citizen").idHash(personalData.hash(idNumber)).bearer();

        Reply refused = post("", token, CaseFlowIT.application(idNumber));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_file WHERE applicant_id_hash = ?", Integer.class,
                personalData.hash(idNumber))).isZero();
    }

    private static List<Reply> runTogether(List<Callable<Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : pool.invokeAll(calls)) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
