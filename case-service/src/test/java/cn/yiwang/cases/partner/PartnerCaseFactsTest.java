package cn.yiwang.cases.partner;

import cn.yiwang.cases.partner.domain.PushedCase;
import cn.yiwang.common.calendar.Pause;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerCaseFactsTest {

    @Test
    void theHistoryGivesSubmissionAcceptanceConclusionAndEachSpecialProcedureAsAPause() {
        List<PushedCase.Step> history = List.of(step("SUBMITTED", "2026-03-09T01:00:00Z"),
                step("SUPPLEMENT_REQUESTED", "2026-03-09T02:00:00Z"), step("SUBMITTED", "2026-03-10T01:00:00Z"),
                step("ACCEPTED", "2026-03-10T02:00:00Z"), step("SPECIAL_PROCEDURE", "2026-03-11T02:00:00Z"),
                step("UNDER_REVIEW", "2026-03-13T02:00:00Z"), step("CONCLUDED", "2026-03-16T02:00:00Z"),
                step("DELIVERED", "2026-03-17T02:00:00Z"));

        PartnerCaseFacts facts = PartnerCaseFacts.of("CODE", "PC", history);

        assertThat(facts.submittedAt()).isEqualTo(Instant.parse("2026-03-09T01:00:00Z"));
        assertThat(facts.acceptedAt()).isEqualTo(Instant.parse("2026-03-10T02:00:00Z"));
        assertThat(facts.concludedAt()).isEqualTo(Instant.parse("2026-03-16T02:00:00Z"));
        assertThat(facts.pauses()).containsExactly(new Pause(Instant.parse("2026-03-11T02:00:00Z"), Instant.parse("2026-03-13T02:00:00Z")));
        assertThat(facts.status()).isEqualTo("DELIVERED");
    }

    @Test
    void aSpecialProcedureStillRunningIsAnOpenPause() {
        PartnerCaseFacts facts = PartnerCaseFacts.of("CODE", null, List.of(step("SUBMITTED", "2026-03-09T01:00:00Z"),
                step("ACCEPTED", "2026-03-09T02:00:00Z"), step("SPECIAL_PROCEDURE", "2026-03-10T02:00:00Z")));

        assertThat(facts.pauses()).singleElement().satisfies(pause -> assertThat(pause.isOpen()).isTrue());
        assertThat(facts.concludedAt()).isNull();
        assertThat(facts.online()).isFalse();
    }

    private static PushedCase.Step step(String status, String at) {
        return new PushedCase.Step(status, Instant.parse(at), null);
    }
}
