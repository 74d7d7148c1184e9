package cn.yiwang.bench.runner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZeroLossTest {

    @Test
    void everyAcknowledgedRequestStoredAndNothingElseIsExact() {
        ZeroLoss loss = new ZeroLoss(150, 150);

        assertThat(loss.exact()).isTrue();
        assertThat(loss.describe()).isEqualTo("none lost");
    }

    @Test
    void fewerStoredThanAcknowledgedIsALoss() {
        ZeroLoss loss = new ZeroLoss(150, 148);

        assertThat(loss.noneLost()).isFalse();
        assertThat(loss.describe()).contains("2 acknowledged but not stored — lost");
    }

    @Test
    void moreStoredThanAcknowledgedIsNoLossButCallersWereToldOtherwise() {
        ZeroLoss loss = new ZeroLoss(100, 102);

        assertThat(loss.noneLost()).isTrue();
        assertThat(loss.exact()).isFalse();
        assertThat(loss.describe()).contains("2 stored without a success answer");
    }
}
