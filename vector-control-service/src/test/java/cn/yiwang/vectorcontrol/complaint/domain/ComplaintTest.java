package cn.yiwang.vectorcontrol.complaint.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Complaints (Art. 32): answered once, always with a reply for the citizen. */
class ComplaintTest {

    private static Complaint ratsAtTheMarket() {
        return Complaint.fromTicket("12345-20260506-000123", "610326", "RAT", "env.vector.rats", "眉县平阳街 1 号",
                "农贸市场后厨老鼠多", Instant.parse("2026-05-06T01:00:00Z"), null, null, null,
                Instant.parse("2026-05-12T16:00:00Z"));
    }

    @Test
    void aNewComplaintHasAnOpenInspectionTaskUntilItIsAnswered() {
        Complaint complaint = ratsAtTheMarket();
        assertThat(complaint.inspectionTaskOpen()).isTrue();

        complaint.answer(true, "已现场核查并责令整改。", null, "aiwei-mei", Instant.now());

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(complaint.inspectionTaskOpen()).isFalse();
    }

    @Test
    void aComplaintIsAnsweredOnlyOnce() {
        Complaint complaint = ratsAtTheMarket();
        complaint.answer(false, "经核查未发现鼠迹。", null, "aiwei-mei", Instant.now());
        assertThatThrownBy(() -> complaint.answer(true, "再次答复", null, "x", Instant.now()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAnswerWithoutAReplyIsRefused() {
        assertThatThrownBy(() -> ratsAtTheMarket().answer(true, " ", null, "x", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aComplaintWithoutAKnownPlaceIsThePatrioticHealthOfficesTaskUntilReassignedAndKeepsItsDeadline() {
        Complaint complaint = ratsAtTheMarket();
        assertThat(complaint.assignedDepartment()).isEqualTo(Complaint.AIWEI);

        complaint.assignTo("MARKET_REGULATION", "11610326MB0000001M", null);

        assertThat(complaint.assignedDepartment()).isEqualTo("MARKET_REGULATION");
        assertThat(complaint.assignedOrgCode()).isEqualTo("11610326MB0000001M");
        assertThat(complaint.taskDueAt()).isEqualTo(Instant.parse("2026-05-12T16:00:00Z"));
        assertThat(complaint.overdue(Instant.parse("2026-05-12T15:59:59Z"))).isFalse();
        assertThat(complaint.overdue(Instant.parse("2026-05-12T16:00:00Z"))).isTrue();
    }

    @Test
    void anAnsweredComplaintIsNeitherReassignedNorOverdue() {
        Complaint complaint = ratsAtTheMarket();
        complaint.answer(true, "已投放毒饵站", null, "aiwei-mei", Instant.parse("2026-05-20T01:00:00Z"));

        assertThatThrownBy(() -> complaint.assignTo("HEALTH", null, null)).isInstanceOf(IllegalStateException.class);
        assertThat(complaint.overdue(Instant.parse("2026-06-01T00:00:00Z"))).isFalse();
    }
}
