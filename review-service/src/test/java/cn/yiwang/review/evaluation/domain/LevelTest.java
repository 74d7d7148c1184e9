package cn.yiwang.review.evaluation.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LevelTest {

    @Test
    void exchangeInterfacesCountFromVeryDissatisfiedAtOneToVerySatisfiedAtFive() {
        assertThat(Level.VERY_DISSATISFIED.exchangeCode()).isEqualTo(1);
        assertThat(Level.DISSATISFIED.exchangeCode()).isEqualTo(2);
        assertThat(Level.BASICALLY_SATISFIED.exchangeCode()).isEqualTo(3);
        assertThat(Level.SATISFIED.exchangeCode()).isEqualTo(4);
        assertThat(Level.VERY_SATISFIED.exchangeCode()).isEqualTo(5);
    }

    @Test
    void gbt39046CountsTheOtherWayRound() {
        assertThat(Level.VERY_SATISFIED.gbt39046Code()).isEqualTo(1);
        assertThat(Level.VERY_DISSATISFIED.gbt39046Code()).isEqualTo(5);
        for (Level level : Level.values()) {
            assertThat(level.exchangeCode() + level.gbt39046Code()).isEqualTo(6);
        }
    }

    @Test
    void aCodeReadFromOneInterfaceIsTheSameLevelWrittenToTheOther() {
        // 2 on the exchange interface is "dissatisfied", which GB/T 39046 writes as 4.
        assertThat(Level.fromExchangeCode(2)).isEqualTo(Level.DISSATISFIED);
        assertThat(Level.fromExchangeCode(2).gbt39046Code()).isEqualTo(4);
        assertThat(Level.fromGbt39046Code(1)).isEqualTo(Level.VERY_SATISFIED);
        assertThatThrownBy(() -> Level.fromExchangeCode(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyDissatisfiedAndVeryDissatisfiedAreNegative() {
        assertThat(Level.values()).filteredOn(Level::isNegative)
                .containsExactlyInAnyOrder(Level.DISSATISFIED, Level.VERY_DISSATISFIED);
        assertThat(Level.BASICALLY_SATISFIED.isGood()).isTrue();
    }

    @Test
    void theSevenChannelsKeepTheirExchangeCodes() {
        assertThat(Channel.fromCode(1)).isEqualTo(Channel.PC);
        assertThat(Channel.fromCode(4)).isEqualTo(Channel.HALL_DEVICE);
        assertThat(Channel.fromCode(6)).isEqualTo(Channel.PHONE);
        assertThat(Channel.SMS.code()).isEqualTo(7);
        assertThatThrownBy(() -> Channel.fromCode(8)).isInstanceOf(IllegalArgumentException.class);
    }
}
