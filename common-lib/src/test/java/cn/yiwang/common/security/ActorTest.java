package cn.yiwang.common.security;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemKind;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorTest {

    private static Actor staff(String region, String... roles) {
        return new Actor("u1", "yiwang-web", Set.of(roles), region, null, null, "staff");
    }

    @Test
    void aBaojiClerkActsInMeiCountyButNotInBaqiao() {
        Actor clerk = staff("610300", Roles.WINDOW_CLERK);
        assertThat(clerk.coversRegion("610326")).isTrue();
        assertThat(clerk.coversRegion("610111")).isFalse();
    }

    @Test
    void aMissingRegionClaimNeverWidensAccess() {
        Actor noRegion = staff(null, Roles.SUPERVISOR);
        assertThat(noRegion.coversRegion("610326")).isFalse();
        Actor malformed = staff("61", Roles.SUPERVISOR);
        assertThat(malformed.coversRegion("610326")).isFalse();
    }

    @Test
    void actingOutsideTheRegionIsAForbiddenProblem() {
        Actor clerk = staff("610926", Roles.WINDOW_CLERK);
        assertThatThrownBy(() -> clerk.requireRegion("610326"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
    }

    @Test
    void aCitizenWhoseKeycloakTokenAlsoCarriesKeycloaksOwnDefaultRolesIsStillACitizenNotStaff() {
        Actor citizen = new Actor("c1", "yiwang-web", Set.of(Roles.CITIZEN, "default-roles-yiwang", "offline_access",
                "uma_authorization"), null, null, "hash-a", "张三");
        assertThat(citizen.isHolder()).isTrue();
        assertThat(citizen.isStaff()).isFalse();
    }

    @Test
    void aCitizenOwnsOnlyRecordsUnderTheirOwnIdHash() {
        Actor citizen = new Actor("c1", "yiwang-mobile", Set.of(Roles.CITIZEN), null, null, "hash-a", "张三");
        assertThat(citizen.isHolder()).isTrue();
        assertThat(citizen.holderType()).isEqualTo(Actor.HolderType.CITIZEN);
        assertThat(citizen.owns("hash-a")).isTrue();
        assertThat(citizen.owns("hash-b")).isFalse();
        assertThat(citizen.owns(null)).isFalse();
    }

    @Test
    void anActorWithoutAnIdHashOwnsNothing() {
        Actor citizen = new Actor("c1", "yiwang-mobile", Set.of(Roles.CITIZEN), null, null, null, "张三");
        assertThat(citizen.owns(null)).isFalse();
    }

    @Test
    void staffWhoAlsoHoldACitizenRoleAreStaffNotHolders() {
        Actor clerk = staff("610326", Roles.WINDOW_CLERK, Roles.CITIZEN);
        assertThat(clerk.isStaff()).isTrue();
        assertThat(clerk.isHolder()).isFalse();
    }
}
