package cn.yiwang.bench.runner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictsTest {

    @Test
    void aTargetIsJudgedOnlyWhenTheRunReproducedItsConditions() {
        assertThat(Verdicts.verdict(true, true)).isEqualTo(Result.Verdict.MET);
        assertThat(Verdicts.verdict(false, true)).isEqualTo(Result.Verdict.NOT_MET);
        assertThat(Verdicts.verdict(true, false)).isEqualTo(Result.Verdict.NOT_MEASURED);
        assertThat(Verdicts.verdict(false, false)).isEqualTo(Result.Verdict.NOT_MEASURED);
    }
}
