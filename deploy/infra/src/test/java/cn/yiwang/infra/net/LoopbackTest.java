package cn.yiwang.infra.net;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoopbackTest {

    @Test
    void aSecondFreePortIsNeverTheOneAlreadyTaken() {
        for (int i = 0; i < 50; i++) {
            int first = Loopback.freePort();
            assertThat(Loopback.freePortOtherThan(first)).isNotEqualTo(first).isPositive();
        }
    }
}
