package cn.yiwang.common.test;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of STYLE.md, shared by every service:
 * {@code @ArchTest static final ArchTests rules = ArchTests.in(ArchitectureRules.class);}
 */
public final class ArchitectureRules {

    /** Domain logic is plain Java: testable without Spring web, messaging or persistence wiring. */
    @ArchTest
    public static final ArchRule domainIsFreeOfWebAndMessaging = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.kafka..", "org.springframework.modulith..",
                    "org.springframework.http..", "jakarta.servlet..", "..web..", "..messaging..")
            .allowEmptyShould(true)
            .because("the domain package imports nothing from web or messaging (STYLE.md)");

    /** Controllers map to commands and queries; persistence rows never leave through the API. */
    @ArchTest
    public static final ArchRule webNeverTouchesPersistenceTypes = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().areAnnotatedWith("org.springframework.data.relational.core.mapping.Table")
            .orShould().dependOnClassesThat().areAssignableTo("org.springframework.data.repository.Repository")
            .allowEmptyShould(true)
            .because("controllers never return persistence types (STYLE.md)");

    /** Features depend on each other only without cycles. */
    @ArchTest
    public static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("cn.yiwang.(*).(*)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(true);

    private ArchitectureRules() {
    }
}
