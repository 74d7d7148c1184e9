package cn.yiwang.catalog.item.domain;

import cn.yiwang.catalog.Examples;
import cn.yiwang.catalog.codes.BasicCodeLayout;
import cn.yiwang.catalog.codes.ServiceLevel;
import cn.yiwang.catalog.guide.TimeLimit;
import cn.yiwang.catalog.support.RuleFailure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ItemRulesTest {

    private static final List<ServiceLevel> COUNTY_AND_CITY = List.of(ServiceLevel.CITY, ServiceLevel.COUNTY);

    private static List<RuleFailure> claim(String region, boolean known, String creditCode, String level, String code) {
        return ItemRules.checkClaim(region, known, creditCode, level, COUNTY_AND_CITY, "610100100000", code);
    }

    @Test
    void aConsistentClaimPasses() {
        assertThat(claim("610326", true, Examples.MEI_MARKET_REGULATION, "4", null)).isEmpty();
        assertThat(claim("610326", true, Examples.MEI_MARKET_REGULATION, "4",
                Examples.MEI_MARKET_REGULATION + "4610100100000")).isEmpty();
    }

    @Test
    void theStandardsCreditCodeVectorIsAccepted() {
        assertThat(claim("610326", true, "91350100M000100Y43", "4", null)).isEmpty();
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsNamed() {
        assertThat(claim("610326", true, "11610326MB0000001N", "4", null))
                .extracting(RuleFailure::field, RuleFailure::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bodyCreditCode", "invalid-check-character"));
    }

    @Test
    void aLowerCaseCreditCodeIsNotTheRegisteredForm() {
        assertThat(claim("610326", true, Examples.MEI_MARKET_REGULATION.toLowerCase(), "4", null))
                .extracting(RuleFailure::code).containsExactly("invalid-format");
    }

    @Test
    void aCreditCodeWithForbiddenLettersIsMalformed() {
        assertThat(claim("610326", true, "11610326MB000000IO", "4", null))
                .extracting(RuleFailure::code).containsExactly("invalid-format");
    }

    @Test
    void anUnknownRegionIsNamed() {
        assertThat(claim("610399", false, Examples.MEI_MARKET_REGULATION, "4", null))
                .extracting(RuleFailure::field, RuleFailure::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("regionCode", "unknown-region"));
    }

    @Test
    void theLevelMustBeACodeTheBasicItemAndTheRegionAllow() {
        assertThat(claim("610326", true, Examples.MEI_MARKET_REGULATION, "8", null))
                .extracting(RuleFailure::code).containsExactly("unknown-code");
        assertThat(claim("610326", true, Examples.MEI_MARKET_REGULATION, "2", null))
                .extracting(RuleFailure::code).containsExactly("not-applicable", "region-mismatch");
        assertThat(claim("610326", true, Examples.MEI_MARKET_REGULATION, "3", null))
                .extracting(RuleFailure::code).containsExactly("region-mismatch");
    }

    @Test
    void aSentImplementationCodeMustBeTheComposedOne() {
        assertThat(claim("610326", true, Examples.MEI_MARKET_REGULATION, "4",
                Examples.MEI_MARKET_REGULATION + "3610100100000"))
                .extracting(RuleFailure::field).containsExactly("code");
    }

    @Test
    void aPromisedLimitBeyondTheLegalLimitIsRefused() {
        var guide = Examples.withLimits(Examples.completeGuide(), TimeLimit.workingDays(20), TimeLimit.workingDays(25));
        assertThat(ItemRules.checkGuide(guide)).extracting(RuleFailure::field, RuleFailure::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("guide.promisedLimit.value", "exceeds-legal-limit"));
    }

    @Test
    void limitsInUnknownOrIncomparableUnitsAreRefused() {
        var months = Examples.withLimits(Examples.completeGuide(), new TimeLimit(1, "MONTH"), TimeLimit.workingDays(5));
        assertThat(ItemRules.checkGuide(months)).extracting(RuleFailure::field, RuleFailure::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("guide.legalLimit.unit", "unknown-unit"));
        var mixed = Examples.withLimits(Examples.completeGuide(), new TimeLimit(30, "NATURAL_DAY"), TimeLimit.workingDays(5));
        assertThat(ItemRules.checkGuide(mixed)).extracting(RuleFailure::code).containsExactly("unit-mismatch");
        var unitless = Examples.withLimits(Examples.completeGuide(), new TimeLimit(20, null), TimeLimit.workingDays(5));
        assertThat(ItemRules.checkGuide(unitless)).extracting(RuleFailure::code).containsExactly("missing-unit");
    }

    @Test
    void materialsNeedAUniqueIdentity() {
        var twice = Examples.withMaterials(Examples.completeGuide(), List.of(Examples.idCard(), Examples.idCard()));
        assertThat(ItemRules.checkGuide(twice)).extracting(RuleFailure::field, RuleFailure::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("guide.materials[1].key", "duplicate"));
    }

    @Test
    void implementationCodesAreRecognisedBySegment() {
        BasicCodeLayout national = BasicCodeLayout.NATIONAL;
        assertThat(ItemRules.isValidImplementationCode(Examples.MEI_MARKET_REGULATION + "4610100100000", national)).isTrue();
        assertThat(ItemRules.isValidImplementationCode("11610326MB0000001N4610100100000", national)).isFalse();
        assertThat(ItemRules.isValidImplementationCode(Examples.MEI_MARKET_REGULATION + "9610100100000", national)).isFalse();
        assertThat(ItemRules.isValidImplementationCode("short", national)).isFalse();
    }

    @Test
    void theBasicCodeSegmentOfAnImplementationCodeFollowsTheConfiguredLayout() {
        BasicCodeLayout withLetters = new BasicCodeLayout(List.of(
                new BasicCodeLayout.Segment("region", null, 2, BasicCodeLayout.Check.DIGITS),
                new BasicCodeLayout.Segment("type", null, 2, BasicCodeLayout.Check.ITEM_TYPE),
                new BasicCodeLayout.Segment("department", null, 2, BasicCodeLayout.Check.ALPHANUMERIC),
                new BasicCodeLayout.Segment("item", null, 6, BasicCodeLayout.Check.DIGITS)));
        assertThat(ItemRules.isValidImplementationCode(Examples.MEI_MARKET_REGULATION + "46101SC000100", withLetters)).isTrue();
        assertThat(ItemRules.isValidImplementationCode(Examples.MEI_MARKET_REGULATION + "4610100100000", withLetters))
                .as("the national code's digits where letters may be are still fine").isTrue();
        assertThat(ItemRules.isValidImplementationCode(Examples.MEI_MARKET_REGULATION + "46101SC00010", withLetters))
                .as("one character short").isFalse();
    }
}
