package cn.yiwang.cases.it;

import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ARCHITECTURE.md "Personal data": a staff read that shows the applicant's ID number or phone unmasked is
 * written to the access log, and the applicant sees who looked; masked reads, lists and the applicant's own
 * reads are not logged.
 */
class StaffPersonalDataAccessIT extends CaseServiceITSupport {

    private static final String SHOP_CODE = "92610326MA6X5Q8L1E";
    private static final String SHOP_PHONE = "13912345678";

    private String shop;
    private String clerk;
    private String supervisor;

    @BeforeEach
    void setUp() throws Exception {
        itemsArePublished();
        shop = Tokens.forRoles("enterprise").subject("shop-qinwei").idHash(personalData.hash(SHOP_CODE)).bearer();
        clerk = Tokens.forRoles("window-clerk").subject("clerk-li").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
        supervisor = Tokens.forRoles("supervisor").subject("supervisor-zhao").region(MEI_COUNTY).bearer();
    }

    @Test
    void aClerksReadOfTheCaseShowsTheNumberUnmaskedAndAppearsInTheApplicantsView() {
        String id = applied();
        clockAt("2026-03-03T10:00");

        Reply read = get("/" + id, clerk);

        assertThat(read.body().at("/applicant/idNumber").asText()).isEqualTo(SHOP_CODE);
        assertThat(read.body().at("/applicant/phone").asText()).isEqualTo(SHOP_PHONE);
        JsonNode log = get("/" + id, shop).body().get("personalDataAccess");
        assertThat(log).hasSize(1);
        JsonNode entry = log.get(0);
        assertThat(entry.get("accessor").asText()).isEqualTo("clerk-li");
        assertThat(entry.get("accessorRoles").asText()).isEqualTo("window-clerk");
        assertThat(entry.get("accessorOrg").asText()).isEqualTo(MARKET_REGULATOR);
        assertThat(entry.get("purpose").asText()).isEqualTo("case-view");
        assertThat(entry.get("at").asText()).isEqualTo("2026-03-03T02:00:00Z");
        assertThat(entry.get("fields")).extracting(JsonNode::asText)
                .containsExactly("applicant.idNumber", "applicant.phone");
        assertThat(read.body().path("personalDataAccess").isMissingNode() || read.body().get("personalDataAccess").isNull())
                .as("staff do not see the log").isTrue();
    }

    @Test
    void aMaskedReadAListAndTheApplicantsOwnReadAreNotLogged() {
        String id = applied();
        String number = get("/" + id, shop).body().get("number").asText();

        Reply supervised = get("/by-number/" + number, supervisor);
        Reply queue = get("/queue", clerk);
        Reply mine = get("/mine", shop);

        assertThat(supervised.status()).isEqualTo(200);
        assertThat(supervised.body().at("/applicant/idNumber").asText()).isNotEqualTo(SHOP_CODE).contains("*");
        assertThat(queue.body().get("items")).isNotEmpty();
        assertThat(queue.raw()).doesNotContain(SHOP_CODE);
        assertThat(mine.body().get("items")).isNotEmpty();
        assertThat(get("/" + id, shop).body().get("personalDataAccess")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM personal_data_access WHERE case_id = ?::uuid", Integer.class, id))
                .isZero();
    }

    @Test
    void aStepAnsweredWithTheUnmaskedCaseIsLoggedAsHandlingOnceForEachStep() {
        String id = applied();
        clockAt("2026-03-03T11:00");

        Reply accepted = post("/" + id + "/acceptance", clerk, null);

        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat(accepted.body().at("/applicant/idNumber").asText()).isEqualTo(SHOP_CODE);
        List<String> purposes = get("/" + id, shop).body().get("personalDataAccess").valueStream()
                .map(entry -> entry.get("purpose").asText()).toList();
        assertThat(purposes).containsExactly("case-handling");
    }

    @Test
    void aReadRefusedAsNotFoundWritesNothing() {
        String id = applied();
        String otherClerk = Tokens.forRoles("window-clerk").subject("clerk-far").region("610300").org(MEI_HALL).bearer();

        assertThat(get("/" + id, otherClerk).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM personal_data_access WHERE case_id = ?::uuid", Integer.class, id))
                .isZero();
    }

    /** The shop applies online on 2026-03-02 09:00 Beijing time; the market regulator accepts and decides. */
    private String applied() {
        clockAt("2026-03-02T09:00");
        return foodLicenceAppliedOnline(shop, SHOP_CODE, SHOP_PHONE);
    }
}
