package cn.yiwang.cases.it;

import cn.yiwang.cases.casefile.synthetic.SyntheticCases;
import cn.yiwang.common.identifier.CitizenId;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark database of N synthetic cases, here N = 20,000 (2,000 applicants of ten cases each):
 * loaded at start-up, readable through the API like real cases by their applicant and by number,
 * and found through indexes, not by scanning the table.
 */
@TestPropertySource(properties = {"yiwang.cases.synthetic-cases=20000", "yiwang.cases.count-limit=10"})
class SyntheticCasesIT extends CaseServiceITSupport {

    @Autowired
    SyntheticCases synthetic;

    @Test
    void theSyntheticCasesAreThereOnceWithUniqueNumbersAndARealisticSpreadOfStatuses() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_file", Long.class)).isEqualTo(20_000);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT number) FROM case_file", Long.class)).isEqualTo(20_000);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT applicant_id_hash) FROM case_file", Long.class)).isEqualTo(2_000);
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM case_file", String.class)).containsExactlyInAnyOrder(
                "SUBMITTED", "ACCEPTED", "UNDER_REVIEW", "CONCLUDED", "DELIVERED", "WITHDRAWN", "NOT_ACCEPTED");
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT deciding_region) FROM case_file", Long.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM case_file WHERE status IN ('ACCEPTED', 'UNDER_REVIEW', 'SPECIAL_PROCEDURE')
                AND warning_at <= ?""", Long.class, java.sql.Timestamp.from(clock.instant())))
                .as("on the service's today the deadline scan has nothing to announce").isZero();

        synthetic.run(null);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_file", Long.class)).as("a restart adds nothing").isEqualTo(20_000);
    }

    @Test
    void anApplicantWhoseIdNumberFollowsTheDocumentedRuleReadsTheirCasesAndEachCaseByNumber() {
        String idNumber = documentedIdNumber(1234);
        assertThat(CitizenId.isValid(idNumber)).isTrue();
        assertThat(SyntheticCases.applicantIdNumber(1234)).isEqualTo(idNumber);
        String applicant = Tokens.forRoles("citizen").subject("synthetic-1234").idHash(personalData.hash(idNumber)).bearer();

        Reply mine = get("/mine?size=20", applicant);

        assertThat(mine.status()).as(mine.raw()).isEqualTo(200);
        assertThat(mine.body().get("total").asLong()).isEqualTo(10);
        assertThat(mine.body().get("totalExact").asBoolean()).as("ten cases, the count limit here is ten").isTrue();
        List<String> submitted = mine.body().get("items").valueStream().map(item -> item.get("submittedAt").asText()).toList();
        assertThat(submitted).hasSize(10).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode first = mine.body().get("items").get(0);
        JsonNode full = get("/" + first.get("id").asText(), applicant).body();
        assertThat(full.at("/applicant/idNumber").asText()).as("the holder sees their own number").isEqualTo(idNumber);
        assertThat(full.at("/applicant/name").asText()).isEqualTo("测试申请人1234");
        assertThat(full.get("timeline").get(0).get("at").asText()).isEqualTo(full.get("submittedAt").asText());

        String number = first.get("number").asText();
        Map<String, Object> row = jdbc.queryForMap("SELECT deciding_region, deciding_org FROM case_file WHERE number = ?", number);
        String approver = Tokens.forRoles("approver").subject("approver-synthetic")
                .region((String) row.get("deciding_region")).org((String) row.get("deciding_org")).bearer();
        Reply byNumber = get("/by-number/" + number, approver);
        assertThat(byNumber.status()).as(byNumber.raw()).isEqualTo(200);
        assertThat(byNumber.body().get("id").asText()).isEqualTo(first.get("id").asText());
        assertThat(byNumber.body().get("number").asText()).startsWith(first.get("itemCode").asText()).hasSize(45);
    }

    @Test
    void aSupervisorsQueueOfThousandsOfCasesIsCountedOnlyUpToTheLimitAndSaysSo() {
        String region = jdbc.queryForObject(
                "SELECT deciding_region FROM case_file GROUP BY 1 ORDER BY count(*) DESC LIMIT 1", String.class);
        String supervisor = Tokens.forRoles("supervisor").subject("supervisor-synthetic").region(region).bearer();

        Reply queue = get("/queue?size=5", supervisor);

        assertThat(queue.status()).as(queue.raw()).isEqualTo(200);
        assertThat(queue.body().get("items")).hasSize(5);
        assertThat(queue.body().get("total").asLong()).as("thousands in the region, counted to the limit").isEqualTo(10);
        assertThat(queue.body().get("totalExact").asBoolean()).as("the caller shows \"10+\"").isFalse();
    }

    @Test
    void caseByNumberAndMyCasesAreFoundThroughTheirIndexesNotByScanningTheTable() {
        String number = jdbc.queryForObject("SELECT number FROM case_file ORDER BY number LIMIT 1 OFFSET 777", String.class);
        String hash = personalData.hash(documentedIdNumber(42));

        String byNumber = plan("EXPLAIN SELECT state, version FROM case_file WHERE number = '" + number + "'");
        String mine = plan("EXPLAIN SELECT state, version FROM case_file WHERE applicant_id_hash = '" + hash
                + "' ORDER BY submitted_at DESC LIMIT 20 OFFSET 0");
        String mineCount = plan("EXPLAIN SELECT count(*) FROM case_file WHERE applicant_id_hash = '" + hash + "'");

        assertThat(byNumber).contains("case_file_number_key").doesNotContain("Seq Scan");
        // A top-N sort of one applicant's few rows may follow the index lookup; never a scan of the table.
        assertThat(mine).contains("case_file_applicant").doesNotContain("Seq Scan");
        assertThat(mineCount).contains("case_file_applicant").doesNotContain("Seq Scan");
    }

    /** README: applicant k is 610326 + the date 1970-01-01 + k/1000 days + k%1000 in three digits + the check character. */
    private static String documentedIdNumber(int k) {
        String first17 = "610326" + LocalDate.of(1970, 1, 1).plusDays(k / 1000).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", k % 1000);
        return first17 + CitizenId.checkCharacter(first17);
    }

    private String plan(String explain) {
        return String.join("\n", jdbc.queryForList(explain, String.class));
    }
}
