package cn.yiwang.cases.it;

import cn.yiwang.cases.casefile.synthetic.SyntheticCases;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures in the README's "Synthetic cases" section, by hand on a benchmark-sized database:
 * {@code -Dit.test=SyntheticCasesScaleIT -Dyiwang.bench.synthetic-cases=1000000}. Loads N cases,
 * prints the load time, the plans and the latency of "case by number" and "my cases" (first page)
 * through the API, and checks them against the targets (p99 ≤ 20 ms and ≤ 50 ms). Skipped unless asked for.
 */
@EnabledIfSystemProperty(named = "yiwang.bench.synthetic-cases", matches = "\\d+")
@TestPropertySource(properties = "yiwang.cases.synthetic-cases=0")
class SyntheticCasesScaleIT extends CaseServiceITSupport {

    @Autowired
    SyntheticCases synthetic;

    @Test
    void caseByNumberAndMyCasesMeetTheirTargetsAtScale() {
        long n = Long.getLong("yiwang.bench.synthetic-cases");
        long started = System.nanoTime();
        synthetic.load(n);
        jdbc.execute("ANALYZE case_file");
        System.out.printf("SCALE load of %d synthetic cases: %.1f s%n", n, (System.nanoTime() - started) / 1e9);

        List<Map<String, Object>> sample = jdbc.queryForList(
                "SELECT number, deciding_region, deciding_org FROM case_file TABLESAMPLE SYSTEM (1) LIMIT 1000");
        System.out.println("SCALE plan by number:\n" + plan("EXPLAIN ANALYZE SELECT state, version FROM case_file WHERE number = '"
                + sample.get(0).get("number") + "'"));
        String hash = personalData.hash(SyntheticCases.applicantIdNumber(4242));
        System.out.println("SCALE plan my cases:\n" + plan("EXPLAIN ANALYZE SELECT state, version FROM case_file WHERE applicant_id_hash = '"
                + hash + "' ORDER BY submitted_at DESC LIMIT 20 OFFSET 0"));

        Map<String, String> staff = new HashMap<>();
        List<Long> byNumber = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            byNumber.clear();
            for (Map<String, Object> row : sample) {
                String key = row.get("deciding_region") + "/" + row.get("deciding_org");
                String token = staff.computeIfAbsent(key, k -> Tokens.forRoles("approver").subject("bench")
                        .region((String) row.get("deciding_region")).org((String) row.get("deciding_org")).bearer());
                long t = System.nanoTime();
                Reply reply = get("/by-number/" + row.get("number"), token);
                byNumber.add(System.nanoTime() - t);
                assertThat(reply.status()).isEqualTo(200);
            }
        }
        int applicants = (int) Math.min(100_000, n / 10);
        Random random = new Random(7);
        List<Long> mine = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            mine.clear();
            for (int i = 0; i < 1000; i++) {
                int k = random.nextInt(applicants);
                String token = Tokens.forRoles("citizen").subject("bench-" + k)
                        .idHash(personalData.hash(SyntheticCases.applicantIdNumber(k))).bearer();
                long t = System.nanoTime();
                Reply reply = get("/mine?size=20", token);
                mine.add(System.nanoTime() - t);
                assertThat(reply.status()).isEqualTo(200);
            }
        }
        System.out.printf("SCALE by number: p50 %.1f ms, p99 %.1f ms; my cases: p50 %.1f ms, p99 %.1f ms (%d cases)%n",
                percentile(byNumber, 50), percentile(byNumber, 99), percentile(mine, 50), percentile(mine, 99), n);
        assertThat(percentile(byNumber, 99)).isLessThanOrEqualTo(20.0);
        assertThat(percentile(mine, 99)).isLessThanOrEqualTo(50.0);
    }

    private String plan(String explain) {
        return String.join("\n", jdbc.queryForList(explain, String.class));
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
