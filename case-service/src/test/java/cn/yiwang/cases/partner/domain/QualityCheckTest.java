package cn.yiwang.cases.partner.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QualityCheckTest {

    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    static final String ITEM = "11610326MB0000001M4610300123000";
    static final String ORG = "11610326MB0000001M";
    static final String CITIZEN = "11010519491231002X";

    @Test
    void aCompleteConcludedCaseInTheRegionPasses() {
        assertThat(QualityCheck.check(concluded("MX-1"), "610326", NOW)).isEmpty();
    }

    @Test
    void aPartnerOfTheCityMayReportItsCounties() {
        assertThat(QualityCheck.check(concluded("MX-1"), "610300", NOW)).isEmpty();
    }

    @Test
    void aCaseOfAnotherRegionIsRejected() {
        assertThat(codes(QualityCheck.check(concluded("MX-1"), "610926", NOW))).containsExactly("out-of-region");
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        PushedCase empty = new PushedCase("MX-2", null, " ", null, null, null, null, null, null, List.of(), null);
        assertThat(QualityCheck.check(empty, "610326", NOW)).extracting(Rejection::field).containsExactly(
                "itemCode", "itemName", "regionCode", "acceptingOrgCode", "applicantType", "applicantName",
                "applicantIdNumber", "history");
    }

    @Test
    void aConclusionStraightAfterSubmissionBreaksTheStatusOrder() {
        PushedCase skipped = withHistory(List.of(step("SUBMITTED", "2026-03-02T01:00:00Z"),
                step("CONCLUDED", "2026-03-03T01:00:00Z")), "APPROVED");
        List<Rejection> found = QualityCheck.check(skipped, "610326", NOW);
        assertThat(codes(found)).containsExactly("status-order");
        assertThat(found.get(0).args()).containsExactly("SUBMITTED", "CONCLUDED");
    }

    @Test
    void aHistoryMustStartWithTheSubmission() {
        PushedCase late = withHistory(List.of(step("ACCEPTED", "2026-03-02T01:00:00Z")), null);
        assertThat(codes(QualityCheck.check(late, "610326", NOW))).containsExactly("status-order");
    }

    @Test
    void anUnknownStatusIsNamed() {
        PushedCase odd = withHistory(List.of(step("SUBMITTED", "2026-03-02T01:00:00Z"), step("FINISHED", "2026-03-03T01:00:00Z")), null);
        assertThat(codes(QualityCheck.check(odd, "610326", NOW))).containsExactly("unknown-status");
    }

    @Test
    void timesGoingBackOrLyingInTheFutureAreRejected() {
        PushedCase backwards = withHistory(List.of(step("SUBMITTED", "2026-03-03T01:00:00Z"),
                step("ACCEPTED", "2026-03-02T01:00:00Z"), step("UNDER_REVIEW", "2026-03-11T01:00:00Z")), null);
        assertThat(codes(QualityCheck.check(backwards, "610326", NOW))).containsExactly("time-order", "in-future");
    }

    @Test
    void aConcludedCaseWithoutItsOutcomeIsRejected() {
        PushedCase noOutcome = withHistory(concluded("MX-1").history(), null);
        assertThat(codes(QualityCheck.check(noOutcome, "610326", NOW))).containsExactly("outcome-required");
    }

    @Test
    void codesWithABrokenCheckCharacterAreRejected() {
        PushedCase broken = new PushedCase("MX-3", "11610326MB0000001A4610300123000", "食品经营许可", "610326",
                "11610326MB0000001A", "PERSON", "张三", "110105194912310021", "FAX", concluded("MX-1").history(), "APPROVED");
        assertThat(QualityCheck.check(broken, "610326", NOW)).extracting(Rejection::field)
                .containsExactly("itemCode", "acceptingOrgCode", "applicantIdNumber", "channel");
    }

    static PushedCase concluded(String number) {
        return new PushedCase(number, ITEM, "食品经营许可", "610326", ORG, "PERSON", "张三", CITIZEN, "WINDOW",
                List.of(step("SUBMITTED", "2026-03-02T01:00:00Z"), step("ACCEPTED", "2026-03-02T02:00:00Z"),
                        step("UNDER_REVIEW", "2026-03-03T01:00:00Z"), step("CONCLUDED", "2026-03-05T01:00:00Z")),
                "APPROVED");
    }

    private static PushedCase withHistory(List<PushedCase.Step> history, String outcome) {
        PushedCase base = concluded("MX-9");
        return new PushedCase(base.partnerCaseNumber(), base.itemCode(), base.itemName(), base.regionCode(),
                base.acceptingOrgCode(), base.applicantType(), base.applicantName(), base.applicantIdNumber(),
                base.channel(), history, outcome);
    }

    private static PushedCase.Step step(String status, String at) {
        return new PushedCase.Step(status, Instant.parse(at), null);
    }

    private static List<String> codes(List<Rejection> found) {
        return found.stream().map(Rejection::code).toList();
    }
}
