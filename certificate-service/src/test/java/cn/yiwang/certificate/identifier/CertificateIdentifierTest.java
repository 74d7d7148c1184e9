package cn.yiwang.certificate.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The identifier rules of GB/T 36904 with the verified vectors of DOMAIN.md §5. */
class CertificateIdentifierTest {

    static final String VECTOR_1 = "1.2.156.3005.2.11100000000013338W011.11110000000021135M.20230329701.003.Y";
    static final String VECTOR_2 = "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U";
    static final String VECTOR_3 = "1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F";

    @ParameterizedTest
    @ValueSource(strings = {VECTOR_1, VECTOR_2, VECTOR_3})
    void theVerifiedVectorsOfTheStandardAreAccepted(String vector) {
        CertificateIdentifier identifier = CertificateIdentifier.parse(vector);

        assertThat(identifier.toString()).isEqualTo(vector);
    }

    @Test
    void theCheckCharacterIsComputedOverTheSegmentsAfterTheRootWithoutDots() {
        assertThat(Mod37Check.checkCharacter("11100000000013338W01111110000000021135M20230329701003")).isEqualTo('Y');
        assertThat(Mod37Check.checkCharacter("11100000000013338W03211220000013544541J2430599001")).isEqualTo('F');
    }

    @Test
    void aNewIdentifierCarriesItsOwnCheckCharacter() {
        CertificateIdentifier identifier = new CertificateIdentifier("11100000000013338W011", "11430000006122244L", "20230000403", 1);

        assertThat(identifier.toString()).isEqualTo(VECTOR_2);
    }

    @Test
    void aCorrectedVersionKeepsTypeIssuerAndSerialAndGetsANewCheckCharacter() {
        CertificateIdentifier corrected = CertificateIdentifier.parse(VECTOR_2).withVersion(2);

        assertThat(corrected.toString()).startsWith("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.002.");
        assertThat(CertificateIdentifier.isValid(corrected.toString())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // wrong check character
            "1.2.156.3005.2.11100000000013338W011.11110000000021135M.20230329701.003.Z",
            // one digit of the serial changed
            "1.2.156.3005.2.11100000000013338W011.11110000000021135M.20230329702.003.Y",
            // two adjacent digits of the issuer code swapped
            "1.2.156.3005.2.11100000000013338W011.11110000000021153M.20230329701.003.Y",
            // version changed without a new check character
            "1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.002.F"})
    void aCorruptedIdentifierFailsTheCheck(String corrupted) {
        assertThatThrownBy(() -> CertificateIdentifier.parse(corrupted))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidIdentifierException.Reason.CHECK_CHARACTER));
    }

    @Test
    void anIdentifierTypedInLowerCaseIsStillRecognised() {
        assertThat(CertificateIdentifier.parse(VECTOR_1.toLowerCase()).toString()).isEqualTo(VECTOR_1);
    }

    @Test
    void malformedIdentifiersSayWhichPartIsWrong() {
        assertThat(reasonOf("1.2.156.3005.3.11100000000013338W011.11110000000021135M.20230329701.003.Y"))
                .isEqualTo(InvalidIdentifierException.Reason.ROOT);
        assertThat(reasonOf("1.2.156.3005.2.11100000000013338W01.11110000000021135M.20230329701.003.Y"))
                .isEqualTo(InvalidIdentifierException.Reason.TYPE_CODE);
        assertThat(reasonOf("1.2.156.3005.2.11100000000013338W011.1111000000002113.20230329701.003.Y"))
                .isEqualTo(InvalidIdentifierException.Reason.ISSUER_CODE);
        assertThat(reasonOf("1.2.156.3005.2.11100000000013338W011.11110000000021135M.20230329701.3.Y"))
                .isEqualTo(InvalidIdentifierException.Reason.VERSION);
        assertThat(reasonOf("1.2.156.3005.2.11100000000013338W011.11110000000021135M.003.Y"))
                .isEqualTo(InvalidIdentifierException.Reason.FORMAT);
        assertThat(reasonOf(null)).isEqualTo(InvalidIdentifierException.Reason.FORMAT);
    }

    private static InvalidIdentifierException.Reason reasonOf(String text) {
        try {
            CertificateIdentifier.parse(text);
            throw new AssertionError("accepted: " + text);
        } catch (InvalidIdentifierException e) {
            return e.reason();
        }
    }
}
