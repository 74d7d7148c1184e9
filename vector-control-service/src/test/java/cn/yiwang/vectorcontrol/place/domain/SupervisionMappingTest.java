package cn.yiwang.vectorcontrol.place.domain;

import cn.yiwang.vectorcontrol.place.SupervisionMappingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Art. 5 mapping shipped as data names the department of every place type. */
class SupervisionMappingTest {

    private static final SupervisionMapping ART_5 = SupervisionMappingReader.readResource("place/supervision-art5.json");

    @ParameterizedTest(name = "{0} is supervised by {1}")
    @CsvSource({
            "PUBLIC_PLACE, HEALTH", "HOSPITAL, HEALTH",
            "FOOD_TRADE, MARKET_REGULATION", "FARMERS_MARKET, MARKET_REGULATION", "PHARMACY, MARKET_REGULATION",
            "CONSTRUCTION_SITE, HOUSING", "SEWAGE_PLANT, HOUSING", "WATERWORKS, HOUSING",
            "PARK, CITY_MANAGEMENT", "WASTE_STATION, CITY_MANAGEMENT", "PUBLIC_TOILET, CITY_MANAGEMENT",
            "SCHOOL, EDUCATION", "KINDERGARTEN, EDUCATION",
            "RIVER_LAKE_RESERVOIR, WATER",
            "TRANSPORT_STATION, TRANSPORT", "PUBLIC_TRANSPORT_VEHICLE, TRANSPORT",
            "A_LEVEL_SCENIC_SPOT, CULTURE_TOURISM", "PROTECTED_HERITAGE_SITE, HERITAGE",
            "LIVESTOCK_FARM, AGRICULTURE", "SLAUGHTERHOUSE, AGRICULTURE",
            "GRAIN_DEPOT, DEVELOPMENT", "HOTEL, COMMERCE", "SCRAP_RECYCLING, COMMERCE",
            "RAILWAY_STATION, RAILWAY"})
    void article5NamesTheSupervisingDepartmentOfEachPlaceType(PlaceType type, Department department) {
        assertThat(ART_5.departmentFor(type)).isEqualTo(department);
    }

    @Test
    void aMappingThatLeavesAPlaceTypeUnsupervisedIsRefused() {
        assertThatThrownBy(() -> new SupervisionMapping("broken", Map.of(PlaceType.PARK, Department.CITY_MANAGEMENT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HOSPITAL");
    }
}
