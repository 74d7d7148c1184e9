package cn.yiwang.common.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.yiwang.common.identifier.UnifiedCreditCode.Mode.LENIENT;
import static cn.yiwang.common.identifier.UnifiedCreditCode.Mode.STRICT;
import static org.assertj.core.api.Assertions.assertThat;

class UnifiedCreditCodeTest {

    @Test
    void theStandardsVectorIsValid() {
        assertThat(UnifiedCreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(UnifiedCreditCode.check("92610326MA6XABCD1N", STRICT).verdict()).isEqualTo(IdentifierCheck.Verdict.VALID);
    }

    @Test
    void aCheckThatComputesToThirtyOneBecomesZero() {
        // Σ mod 31 = 0 gives 31, written as "0" (GB 32100 §5).
        assertThat(UnifiedCreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }

    @Test
    void aChangedCharacterIsRefused() {
        assertThat(UnifiedCreditCode.check("91350100M000101Y43", STRICT).reason()).isEqualTo("yiwang.identifier.credit-code.check");
        assertThat(UnifiedCreditCode.check("91350100M000100Y44", STRICT).reason()).isEqualTo("yiwang.identifier.credit-code.check");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433", "91350100M000100I43", "91350100O000100Y43", "9135010-M000100Y43"})
    void wrongLengthsAndLettersOutsideTheAlphabetAreRefused(String text) {
        assertThat(UnifiedCreditCode.check(text, STRICT).reason()).isEqualTo("yiwang.identifier.credit-code.format");
        assertThat(UnifiedCreditCode.check(text, LENIENT).accepted()).as("lenient never accepts a malformed code").isFalse();
    }

    @Test
    void anEarlyPilotCodeFromARegisterIsAcceptedWithAWarningInLenientMode() {
        IdentifierCheck check = UnifiedCreditCode.check("91350100M000100Y44", LENIENT);
        assertThat(check.accepted()).isTrue();
        assertThat(check.hasWarning()).isTrue();
        assertThat(check.reason()).isEqualTo("yiwang.identifier.credit-code.check-warning");
        assertThat(check.normalised()).isEqualTo("91350100M000100Y44");
    }

    @Test
    void lowerCaseInputIsNormalised() {
        assertThat(UnifiedCreditCode.check(" 91350100m000100y43", STRICT).normalised()).isEqualTo("91350100M000100Y43");
    }
}
