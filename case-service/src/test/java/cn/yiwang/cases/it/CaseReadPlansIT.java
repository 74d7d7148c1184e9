package cn.yiwang.cases.it;

import cn.yiwang.cases.casefile.synthetic.SyntheticCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query plans of the two reads that must stay fast at 1,000,000 cases — {@code GET /cases/by-number/{n}} and the
 * first page of {@code GET /cases/mine} (its rows and its {@code total}) — on a synthetic database, by hand:
 * {@code -Dit.test=CaseReadPlansIT -Dyiwang.bench.plan-cases=200000}. Asserts the plan's shape, never a time: one
 * index lookup each, no sort of the applicant's history, no scan of the table. Also for an applicant with a long
 * history (20,000 cases). Prints the plans for the README.
 */
@EnabledIfSystemProperty(named = "yiwang.bench.plan-cases", matches = "\\d+")
@TestPropertySource(properties = "yiwang.cases.synthetic-cases=0")
class CaseReadPlansIT extends CaseServiceITSupport {

    /** The statements {@code JdbcCaseRepository.findByNumber} and {@code CaseQueries.mine} run. */
    private static final String BY_NUMBER = "SELECT state, version FROM case_file WHERE number = '%s'";
    private static final String MINE_PAGE = "SELECT state, version FROM case_file WHERE applicant_id_hash = '%s'"
            + " ORDER BY submitted_at DESC LIMIT 20 OFFSET 0";
    private static final String MINE_TOTAL = "SELECT count(*) FROM case_file WHERE applicant_id_hash = '%s'";

    @Autowired
    SyntheticCases synthetic;

    @Test
    void caseByNumberAndTheFirstPageOfMyCasesAreSingleIndexLookupsAtScale() {
        long n = Long.getLong("yiwang.bench.plan-cases");
        synthetic.load(n);
        // An enterprise with a long history: 20,000 of the synthetic cases moved to one applicant.
        String heavy = personalData.hash("91610326MA6X5Q8L1E");
        jdbc.update("UPDATE case_file SET applicant_id_hash = ? WHERE id IN (SELECT id FROM case_file ORDER BY id LIMIT 20000)", heavy);
        jdbc.execute("VACUUM ANALYZE case_file");
        String number = jdbc.queryForObject("SELECT number FROM case_file TABLESAMPLE SYSTEM (1) LIMIT 1", String.class);
        String typical = personalData.hash(SyntheticCases.applicantIdNumber(4242));

        String byNumber = plan(BY_NUMBER.formatted(number));
        String typicalPage = plan(MINE_PAGE.formatted(typical));
        String typicalTotal = plan(MINE_TOTAL.formatted(typical));
        String heavyPage = plan(MINE_PAGE.formatted(heavy));
        String heavyTotal = plan(MINE_TOTAL.formatted(heavy));
        System.out.printf("PLANS at %d cases%n-- by number:%n%s%n-- my cases, first page:%n%s%n-- my cases, total:%n%s%n"
                        + "-- my cases (20,000-case applicant), first page:%n%s%n-- my cases (20,000-case applicant), total:%n%s%n",
                jdbc.queryForObject("SELECT count(*) FROM case_file", Long.class), byNumber, typicalPage, typicalTotal,
                heavyPage, heavyTotal);

        assertThat(byNumber).contains("Index Scan using case_file_number_key").doesNotContain("Seq Scan");
        for (String page : List.of(typicalPage, heavyPage)) {
            assertThat(page).as("newest first straight from the index: no sort of the history")
                    .contains("Index Scan using case_file_applicant").doesNotContain("Sort").doesNotContain("Seq Scan");
        }
        assertThat(heavyPage).as("reads one page of the long history, not all of it")
                .containsPattern("Index Scan using case_file_applicant .*actual time=[^)]*rows=20(\\.00)? loops=1");
        for (String total : List.of(typicalTotal, heavyTotal)) {
            assertThat(total).as("counts the applicant's own rows only").contains("case_file_applicant").doesNotContain("Seq Scan");
        }
    }

    private String plan(String statement) {
        return String.join("\n", jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + statement, String.class));
    }
}
