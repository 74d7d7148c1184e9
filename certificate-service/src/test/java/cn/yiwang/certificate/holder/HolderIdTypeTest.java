package cn.yiwang.certificate.holder;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HolderIdTypeTest {

    @Test
    void citizenIdNumbersAreCheckedByTheGb11643CheckCharacter() {
        assertThat(HolderIdType.CITIZEN_ID.accepts("11010519491231002X")).isTrue();
        assertThat(HolderIdType.CITIZEN_ID.accepts("11010519491231002x")).isTrue();
        assertThat(HolderIdType.CITIZEN_ID.accepts("110105194912310021")).isFalse();
        assertThat(HolderIdType.CITIZEN_ID.accepts("91350100M000100Y43")).isFalse();
    }

    @Test
    void creditCodesAreCheckedByTheGb32100CheckCharacter() {
        assertThat(HolderIdType.CREDIT_CODE.accepts("91350100M000100Y43")).isTrue();
        assertThat(HolderIdType.CREDIT_CODE.accepts("91350100M000100Y44")).isFalse();
        assertThat(HolderIdType.CREDIT_CODE.accepts("91350100I000100Y43")).isFalse();
    }

    @Test
    void aPilotCreditCodeFailingItsCheckIsAcceptedOnlyFromAnExistingRegister() {
        assertThat(HolderIdType.CREDIT_CODE.acceptsFromRegister("91350100M000100Y44")).isTrue();
        assertThat(HolderIdType.CREDIT_CODE.acceptsFromRegister("91350100I000100Y43")).isFalse();
        assertThat(HolderIdType.CITIZEN_ID.acceptsFromRegister("110105194912310021")).isFalse();
    }

    @Test
    void numbersAreMaskedForAnyoneButTheHolder() {
        assertThat(HolderIdType.CITIZEN_ID.mask("610326199001011233")).isEqualTo("6103**********1233");
        assertThat(HolderIdType.CREDIT_CODE.mask("91610326MA6XABCD1R")).isEqualTo("91610326******CD1R");
    }

    @Test
    void holderIdTypesAreKnownByTheirCodes() {
        assertThat(HolderIdType.ofCode("111")).isEqualTo(HolderIdType.CITIZEN_ID);
        assertThat(HolderIdType.ofCode("001")).isEqualTo(HolderIdType.CREDIT_CODE);
        assertThat(HolderIdType.isCode("002")).isFalse();
    }
}
