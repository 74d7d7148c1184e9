package cn.yiwang.bench.runner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenchMainTest {

    @Test
    void theSuiteKnowsEveryScenarioOfTheIssueByName() {
        assertThat(BenchMain.scenarios().keySet())
                .containsExactly("gateway", "catalog", "cases", "mycases", "hotline", "eventlag", "survey");
    }

    @Test
    void aRunOfAllScenariosWritesTheSummaryAndARunOfSomeAFileOfItsOwn() {
        List<Scenario> all = List.copyOf(BenchMain.scenarios().values());
        List<Scenario> some = List.of(BenchMain.scenarios().get("catalog"), BenchMain.scenarios().get("hotline"));

        assertThat(BenchMain.summaryFile(all, all.size())).isEqualTo("summary.md");
        assertThat(BenchMain.summaryFile(some, all.size())).isEqualTo("summary-catalog-hotline.md");
    }
}
