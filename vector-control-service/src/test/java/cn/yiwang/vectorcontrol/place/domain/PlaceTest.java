package cn.yiwang.vectorcontrol.place.domain;

import cn.yiwang.vectorcontrol.place.SupervisionMappingReader;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceTest {

    private static final SupervisionMapping ART_5 = SupervisionMappingReader.readResource("place/supervision-art5.json");
    private static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");

    private static Place.NewPlace market(String person, Set<Facility> facilities) {
        return new Place.NewPlace("91610326MA6X000000", "眉县农贸市场管理有限公司", "首善农贸市场", PlaceType.FARMERS_MARKET,
                "眉县首善街道平阳街 1 号", "610326", person, "13800000000", facilities);
    }

    @Test
    void aRegisteredPlaceIsSupervisedByTheDepartmentArticle5NamesForItsType() {
        Place place = Place.register(market("王主任", Set.of(Facility.RAT_PROOF_BOARDS)), ART_5, NOW);
        assertThat(place.supervisingDepartment()).isEqualTo(Department.MARKET_REGULATION);
        assertThat(place.departmentOverridden()).isFalse();
    }

    @Test
    void aKeyPlaceWithoutAResponsiblePersonOrFacilitiesIsRefused() {
        assertThatThrownBy(() -> Place.register(market(" ", Set.of()), ART_5, NOW))
                .isInstanceOfSatisfying(Place.KeyPlaceIncompleteException.class,
                        e -> assertThat(e.missing()).containsExactly("responsiblePerson", "facilities"));
    }

    @Test
    void anOrdinaryPlaceNeedsNeitherAResponsiblePersonNorFacilities() {
        Place.NewPlace toilet = new Place.NewPlace("11610326MB0000000X", "眉县城市管理局", "平阳街公厕", PlaceType.PUBLIC_TOILET,
                "平阳街", "610326", null, null, Set.of());
        assertThat(Place.register(toilet, ART_5, NOW).supervisingDepartment()).isEqualTo(Department.CITY_MANAGEMENT);
    }

    @Test
    void thePatrioticHealthOfficeCanAssignAnotherDepartmentForAStatedReasonAndRestoreArticle5() {
        Place place = Place.register(market("王主任", Set.of(Facility.RAT_PROOF_BOARDS)), ART_5, NOW);

        place.assignDepartment(Department.RAILWAY, "市场位于火车站站区内");
        assertThat(place.supervisingDepartment()).isEqualTo(Department.RAILWAY);
        assertThat(place.departmentOverridden()).isTrue();

        place.restoreDepartment(ART_5);
        assertThat(place.supervisingDepartment()).isEqualTo(Department.MARKET_REGULATION);
        assertThat(place.departmentOverridden()).isFalse();
    }

    @Test
    void anOverrideWithoutAReasonIsRefused() {
        Place place = Place.register(market("王主任", Set.of(Facility.RAT_PROOF_BOARDS)), ART_5, NOW);
        assertThatThrownBy(() -> place.assignDepartment(Department.HEALTH, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void facilitiesAreKeptWithThePlace() {
        Place place = Place.register(market("王主任", Set.of(Facility.FLY_KILLER_LAMPS, Facility.RAT_PROOF_BOARDS)), ART_5, NOW);
        assertThat(place.facilities()).containsExactlyInAnyOrder(Facility.FLY_KILLER_LAMPS, Facility.RAT_PROOF_BOARDS);
    }
}
