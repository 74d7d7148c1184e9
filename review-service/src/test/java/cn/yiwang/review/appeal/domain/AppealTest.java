package cn.yiwang.review.appeal.domain;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppealTest {

    private static final Instant NOW = Instant.parse("2026-05-13T02:00:00Z");

    @Test
    void anAppealWithoutEvidenceIsRefused() {
        assertThatThrownBy(() -> Appeal.file(UUID.randomUUID(), "org", "610326", AppealReason.MALICIOUS,
                "恶意差评", List.of(" "), "admin-1", NOW))
                .satisfies(refused -> assertThat(((ProblemException) refused).kind()).isEqualTo(ProblemKind.RULE_VIOLATED));
    }

    @Test
    void aSupervisorDecidesAnAppealOnce() {
        Appeal appeal = Appeal.file(UUID.randomUUID(), "org", "610326", AppealReason.MISTAKEN,
                "评价对象错误：该群众办理的是另一单位事项", List.of("recording:20260512-0931"), "admin-1", NOW);

        appeal.decide(true, "录音证实评价对象错误", "supervisor-1", NOW.plusSeconds(3600));

        assertThat(appeal.status()).isEqualTo(AppealStatus.UPHELD);
        assertThatThrownBy(() -> appeal.decide(false, "改判", "supervisor-2", NOW.plusSeconds(7200)))
                .satisfies(refused -> assertThat(((ProblemException) refused).kind()).isEqualTo(ProblemKind.CONFLICT));
    }
}
