package cn.yiwang.bench.runner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTableTest {

    @Test
    void eachResultIsOneRowWithItsFiguresVerdictAndReportLink() {
        Result result = new Result("case submission (gateway)", "≥ 200 accepted/s for 60 s, zero loss (#5)", 212.345,
                12L, 40L, 95L, "0 of 12741", "gateway 410 MB", Result.Verdict.MET,
                "../target/gatling/casesubmissionsimulation-1/index.html", null);

        String table = SummaryTable.markdown(List.of(result));

        assertThat(table.lines()).hasSize(3);
        assertThat(table.lines().toList().get(2)).isEqualTo("| case submission (gateway) | ≥ 200 accepted/s for 60 s, zero loss (#5) "
                + "| 212.3 | 12 | 40 | 95 | 0 of 12741 | gateway 410 MB | met "
                + "| [report](../target/gatling/casesubmissionsimulation-1/index.html) |");
    }

    @Test
    void aTargetNotMetIsBoldAndAFailedScenarioSaysWhyBelowTheTable() {
        Result notMet = new Result("catalog: keyword search (gateway)", "p99 ≤ 100 ms", 199.0, 30L, 90L, 180L,
                "0 of 6000", "—", Result.Verdict.NOT_MET, null, null);
        Result failed = Result.failed("hotline", "#8 hotline burst", "no token for citizen.meixian");

        String table = SummaryTable.markdown(List.of(notMet, failed));

        assertThat(table).contains("| **not met** |");
        assertThat(table).contains("| hotline | #8 hotline burst | — | — | — | — | — | — | not measured | — |");
        assertThat(table).contains("- **hotline**: failed: no token for citizen.meixian");
    }

    @Test
    void aPipeInATextCannotBreakTheTable() {
        Result result = new Result("a | b", "x", null, null, null, null, "0", "—", Result.Verdict.INFO, null, null);

        assertThat(SummaryTable.markdown(List.of(result))).contains("| a \\| b |");
    }
}
