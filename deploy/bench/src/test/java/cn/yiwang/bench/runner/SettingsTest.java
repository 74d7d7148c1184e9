package cn.yiwang.bench.runner;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @Test
    void theFullScaleRunsTheIssuesLoads() {
        Settings full = Settings.from(new Properties());

        assertThat(full.smoke()).isFalse();
        assertThat(full.number("catalog.rate")).isEqualTo(200);
        assertThat(full.integer("cases.duration")).isEqualTo(60);
        assertThat(full.number("hotline.rate") * full.integer("hotline.duration")).isGreaterThanOrEqualTo(10_000);
        assertThat(full.number("lag.rate")).isEqualTo(100);
        assertThat(full.integer("survey.records")).isEqualTo(10_000);
    }

    @Test
    void aSmokeRunIsSmallAndASingleSettingCanBeOverridden() {
        Properties properties = new Properties();
        properties.setProperty("bench.scale", "smoke");
        properties.setProperty("bench.cases.rate", "25");

        Settings smoke = Settings.from(properties);

        assertThat(smoke.smoke()).isTrue();
        assertThat(smoke.number("cases.rate")).isEqualTo(25);
        assertThat(smoke.number("catalog.rate")).isLessThan(200);
    }

    @Test
    void anUnknownScaleIsRefused() {
        Properties properties = new Properties();
        properties.setProperty("bench.scale", "huge");

        assertThatThrownBy(() -> Settings.from(properties)).hasMessageContaining("full or smoke");
    }
}
