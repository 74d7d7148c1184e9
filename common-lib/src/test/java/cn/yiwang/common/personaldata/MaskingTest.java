package cn.yiwang.common.personaldata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void aCitizenIdShowsItsFirstAndLastFourCharacters() {
        assertThat(Masking.citizenId("610326199001011233")).isEqualTo("6103**********1233");
        assertThat(PersonalDataKind.CITIZEN_ID.mask("11010519491231002X")).isEqualTo("1101**********002X");
    }

    @Test
    void aMobileNumberShowsItsOperatorPrefixAndLastFourDigits() {
        assertThat(Masking.phone("13812341234")).isEqualTo("138****1234");
    }

    @Test
    void aCreditCodeHidesTheOrganisationIdentityButNotTheRegion() {
        assertThat(Masking.creditCode("92610326MA6XABCD1N")).isEqualTo("92610326******CD1N");
    }

    @Test
    void aNameShowsOnlyTheFamilyName() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masking.name("𠈌明")).as("a rare character outside the BMP stays whole").isEqualTo("𠈌*");
    }

    @Test
    void anAddressKeepsItsRegionDownToTheCounty() {
        assertThat(Masking.address("陕西省宝鸡市眉县首善镇中街12号")).isEqualTo("陕西省宝鸡市眉县****");
        assertThat(Masking.address("北京市朝阳区建国路88号")).isEqualTo("北京市朝阳区****");
        assertThat(Masking.address("内蒙古自治区呼和浩特市新城区中山东路1号")).isEqualTo("内蒙古自治区呼和浩特市新城区****");
    }

    @Test
    void anAddressWithoutARecognisableRegionIsHiddenWhole() {
        assertThat(Masking.address("首善镇中街市场12号")).isEqualTo("****");
    }

    @Test
    void shortValuesAreHiddenWhole() {
        assertThat(Masking.phone("12345")).isEqualTo("*****");
        assertThat(Masking.citizenId(null)).isNull();
    }

    @Test
    void freeTextLosesIdNumbersCreditCodesAndMobilesButKeepsOtherNumbers() {
        String text = "applicant 610326199001011233 (shop 92610326MA6XABCD1N), phone +8613812341234 / 13912345678, "
                + "order 610326199001011234, amount 123456";
        assertThat(Masking.inText(text)).isEqualTo("applicant 6103**********1233 (shop 92610326******CD1N), phone +86138****1234 "
                + "/ 139****5678, order 610326199001011234, amount 123456");
    }
}
