package cn.yiwang.catalog.basic;

import cn.yiwang.catalog.codes.BasicCodeLayout;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout comes from configuration; one that cannot work stops the service before it serves anybody. */
class BasicCodePropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(BasicCodeProperties.LayoutConfiguration.class);

    @Test
    void withoutConfigurationTheNationalLayoutApplies() {
        context.run(started -> assertThat(started.getBean(BasicCodeLayout.class)).isEqualTo(BasicCodeLayout.NATIONAL));
    }

    @Test
    void aConfiguredLayoutReplacesTheNationalOne() {
        context.withPropertyValues(
                "yiwang.catalog.basic-code.segments[0].name=type",
                "yiwang.catalog.basic-code.segments[0].length=2",
                "yiwang.catalog.basic-code.segments[0].check=item-type",
                "yiwang.catalog.basic-code.segments[1].name=department",
                "yiwang.catalog.basic-code.segments[1].label=部门",
                "yiwang.catalog.basic-code.segments[1].length=3",
                "yiwang.catalog.basic-code.segments[1].check=alphanumeric",
                "yiwang.catalog.basic-code.segments[2].name=item",
                "yiwang.catalog.basic-code.segments[2].length=4",
                "yiwang.catalog.basic-code.segments[2].check=digits").run(started -> {
            BasicCodeLayout layout = started.getBean(BasicCodeLayout.class);
            assertThat(layout.length()).isEqualTo(9);
            assertThat(layout.describe()).isEqualTo("type 2 + 部门 3 + item 4");
            assertThat(layout.isWellFormed("01SCJ0001")).isTrue();
        });
    }

    @Test
    void anImpossibleLayoutStopsTheStartWithTheReason() {
        context.withPropertyValues(
                "yiwang.catalog.basic-code.segments[0].name=type",
                "yiwang.catalog.basic-code.segments[0].length=3",
                "yiwang.catalog.basic-code.segments[0].check=item-type").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).hasStackTraceContaining(
                    "yiwang.catalog.basic-code.segments: basic code layout: segment 0 (type) checks the item type, "
                            + "so it must be 2 characters long, not 3");
        });
    }

    @Test
    void anUnknownCheckStopsTheStart() {
        context.withPropertyValues(
                "yiwang.catalog.basic-code.segments[0].name=serial",
                "yiwang.catalog.basic-code.segments[0].length=8",
                "yiwang.catalog.basic-code.segments[0].check=roman-numerals").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).hasStackTraceContaining("roman-numerals");
        });
    }
}
