package cn.yiwang.vectorcontrol.complaint.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Complaints (Art. 32): answered once, always with a reply for the citizen. */
class ComplaintTest {

    private static Complaint ratsAtTheMarket() {
        return Complaint.fromTicket("12345-20260506-000123", "610326", "RAT", "env.vector.rats", "眉县平阳街 1 号",
                "农贸市场后厨老鼠多", Instant.parse("2026-05-06T01:00:00Z"));
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
}
