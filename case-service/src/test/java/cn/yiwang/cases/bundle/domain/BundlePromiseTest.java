package cn.yiwang.cases.bundle.domain;

import cn.yiwang.cases.clock.DeadlineColour;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BundlePromiseTest {

    /** Five working days from Monday 2026-03-02, due at the end of 2026-03-09 (Beijing), yellow from the start of 2026-03-09. */
    private final BundlePromise promise = new BundlePromise(5, Instant.parse("2026-03-09T16:00:00Z"),
            Instant.parse("2026-03-08T16:00:00Z"));

    @Test
    void theLightIsGreenUntilTheLastDaysThenYellowThenRedOnceThePromisedDateHasPassed() {
        assertThat(promise.colourAt(Instant.parse("2026-03-06T08:00:00Z"))).isEqualTo(DeadlineColour.GREEN);
        assertThat(promise.colourAt(Instant.parse("2026-03-08T16:00:00Z"))).isEqualTo(DeadlineColour.YELLOW);
        assertThat(promise.colourAt(Instant.parse("2026-03-09T16:00:00Z"))).isEqualTo(DeadlineColour.RED);
    }

    @Test
    void anApplicationEndedBeforeThePromisedDateKeptThePromise() {
        assertThat(promise.keptAt(Instant.parse("2026-03-09T15:59:59Z"))).isTrue();
        assertThat(promise.keptAt(Instant.parse("2026-03-09T16:00:00Z"))).isFalse();
    }
}
