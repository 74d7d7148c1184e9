package cn.yiwang.catalog.demo;

import cn.yiwang.common.identifier.UnifiedCreditCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGeneratorTest {

    @Test
    void theDemoPutsAtLeastTwoHundredItemsInMeiCountyFirst() {
        List<DemoDataGenerator.Planned> plan = DemoDataGenerator.plan(260);
        assertThat(plan.stream().filter(planned -> planned.region().code().equals("610326")).count())
                .isGreaterThanOrEqualTo(200);
    }

    @Test
    void aBenchmarkSizedCatalogHasAUniqueBasicCodeOfTheRightLayoutPerItem() {
        List<DemoDataGenerator.Planned> plan = DemoDataGenerator.plan(200_000);
        List<String> codes = plan.stream().map(DemoDataGenerator::basicCode).toList();
        assertThat(codes.stream().distinct().count()).isEqualTo(200_000);
        assertThat(codes).allSatisfy(code -> assertThat(code).matches("61(01|04|05|07|20)\\d{8}"));
        assertThat(plan.stream().map(planned -> planned.region().code()).collect(Collectors.toSet())).hasSize(6);
    }

    @Test
    void demoBodiesHaveValidCreditCodes() {
        DemoCatalog.DEPARTMENTS.forEach(department -> assertThat(
                UnifiedCreditCode.isValid(DemoDataGenerator.creditCode("610326", department))).isTrue());
    }

    @Test
    void demoGuidesKeepTheirPromisesWithinTheLaw() {
        DemoDataGenerator.plan(500).forEach(planned -> {
            var guide = DemoDataGenerator.guide(planned);
            assertThat(guide.promisedLimit().isWithin(guide.legalLimit())).isTrue();
            assertThat(guide.isFullyOnline() ? guide.visits() : 0).isZero();
        });
    }
}
