package cn.yiwang.common.identifier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionCodeTest {

    @Test
    void baojiCoversMeiCountyButNotBaqiao() {
        RegionCode baoji = RegionCode.of("610300");
        assertThat(baoji.covers("610326")).isTrue();
        assertThat(baoji.covers("610111")).isFalse();
    }

    @Test
    void shaanxiCoversEveryCountyInTheProvince() {
        assertThat(RegionCode.of("610000").covers("610111")).isTrue();
        assertThat(RegionCode.of("610000").covers("610926")).isTrue();
        assertThat(RegionCode.of("610000").covers("110105")).isFalse();
    }

    @Test
    void theNationalRootCoversEverything() {
        assertThat(RegionCode.of("000000").covers("610326")).isTrue();
        assertThat(RegionCode.of("000000").covers("110105001002")).isTrue();
        assertThat(RegionCode.of("000000").level()).isEqualTo(1);
    }

    @Test
    void twelveDigitTownAndVillageCodesSitBelowTheirCounty() {
        assertThat(RegionCode.of("610326").covers("610326100000")).as("a town of Mei County").isTrue();
        assertThat(RegionCode.of("610326100000").covers("610326100201")).as("a village of that town").isTrue();
        assertThat(RegionCode.of("610326100000").covers("610326101201")).isFalse();
        assertThat(RegionCode.of("610326100000").level()).isEqualTo(5);
        assertThat(RegionCode.of("610326100201").level()).isEqualTo(6);
        assertThat(RegionCode.of("610326000000")).as("the same county written with 12 digits").isEqualTo(RegionCode.of("610326"));
    }

    @Test
    void malformedCodesAndUnknownProvincesAreInvalid() {
        assertThat(RegionCode.isValid("61032")).isFalse();
        assertThat(RegionCode.isValid("6103260")).isFalse();
        assertThat(RegionCode.isValid("990000")).isFalse();
        assertThat(RegionCode.isValid("61O326")).isFalse();
        assertThat(RegionCode.isValid(null)).isFalse();
    }
}
