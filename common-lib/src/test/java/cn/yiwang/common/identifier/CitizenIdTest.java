package cn.yiwang.common.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CitizenIdTest {

    @Test
    void theStandardsVectorIsValid() {
        assertThat(CitizenId.isValid("11010519491231002X")).isTrue();
        assertThat(CitizenId.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void aLowerCaseCheckCharacterIsAcceptedAndStoredUpperCase() {
        IdentifierCheck check = CitizenId.check(" 11010519491231002x ");
        assertThat(check.accepted()).isTrue();
        assertThat(check.normalised()).isEqualTo("11010519491231002X");
    }

    @Test
    void aChangedDigitIsCaughtByTheCheckCharacter() {
        assertThat(CitizenId.check("11010519491231003X").reason()).isEqualTo("yiwang.identifier.citizen-id.check");
        assertThat(CitizenId.check("11010519491231002X".replace("1949", "1948")).accepted()).isFalse();
    }

    @Test
    void aChangedCheckCharacterIsRefused() {
        assertThat(CitizenId.check("110105194912310021").reason()).isEqualTo("yiwang.identifier.citizen-id.check");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010519491231002", "11010519491231002X0", "1101051949123100XX", "11010519491231O02X", "110105-9491231002X"})
    void wrongLengthsAndCharactersAreRefused(String text) {
        assertThat(CitizenId.check(text).reason()).isEqualTo("yiwang.identifier.citizen-id.format");
    }

    @Test
    void anImpossibleBirthDateIsRefusedEvenWithAMatchingCheckCharacter() {
        assertThat(CitizenId.check("110105194902300020").reason()).as("30 February").isEqualTo("yiwang.identifier.citizen-id.birth-date");
        assertThat(CitizenId.check("110105209912310029").reason()).as("born in 2099").isEqualTo("yiwang.identifier.citizen-id.birth-date");
        assertThat(CitizenId.check("110105189912310023").reason()).as("born in 1899").isEqualTo("yiwang.identifier.citizen-id.birth-date");
    }

    @Test
    void anUnknownRegionPrefixIsRefusedEvenWithAMatchingCheckCharacter() {
        assertThat(CitizenId.check("990105194912310023").reason()).isEqualTo("yiwang.identifier.citizen-id.region");
        assertThat(CitizenId.check("000000194912310027").reason()).isEqualTo("yiwang.identifier.citizen-id.region");
    }

    @Test
    void nullIsNeverValid() {
        assertThat(CitizenId.isValid(null)).isFalse();
    }
}
