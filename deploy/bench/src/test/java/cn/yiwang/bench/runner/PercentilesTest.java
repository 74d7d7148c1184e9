package cn.yiwang.bench.runner;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @Test
    void percentilesOfAHundredLagsAreTheNearestRanks() {
        List<Long> lags = new ArrayList<>();
        for (long i = 100; i >= 1; i--) {
            lags.add(i * 10);
        }

        Percentiles p = Percentiles.of(lags);

        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(500);
        assertThat(p.p95()).isEqualTo(950);
        assertThat(p.p99()).isEqualTo(990);
        assertThat(p.max()).isEqualTo(1000);
    }

    @Test
    void oneSlowEventOutOfTenIsTheP99() {
        List<Long> lags = new ArrayList<>(List.of(20L, 20L, 20L, 20L, 20L, 20L, 20L, 20L, 20L, 2500L));

        assertThat(Percentiles.of(lags).p99()).isEqualTo(2500);
        assertThat(Percentiles.of(lags).p50()).isEqualTo(20);
    }

    @Test
    void nothingMeasuredGivesZeros() {
        assertThat(Percentiles.of(List.of())).isEqualTo(new Percentiles(0, 0, 0, 0, 0));
    }
}
