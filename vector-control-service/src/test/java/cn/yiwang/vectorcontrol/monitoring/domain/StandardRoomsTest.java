package cn.yiwang.vectorcontrol.monitoring.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 15 m² counts as one room: how the room methods count the rooms checked and the positive ones. */
class StandardRoomsTest {

    private static StandardRooms.Space space(String area, Map<Measure, Integer> positive) {
        return new StandardRooms.Space(new BigDecimal(area), positive);
    }

    @Test
    void aSmallRoomIsOneRoomAndALargeHallOneRoomForEveryFifteenSquareMetresBegun() {
        assertThat(StandardRooms.of(new BigDecimal("8"))).isEqualTo(1);
        assertThat(StandardRooms.of(new BigDecimal("0.5"))).isEqualTo(1);
        assertThat(StandardRooms.of(new BigDecimal("14.99"))).isEqualTo(1);
        assertThat(StandardRooms.of(new BigDecimal("15"))).isEqualTo(1);
        assertThat(StandardRooms.of(new BigDecimal("30"))).isEqualTo(2);
        assertThat(StandardRooms.of(new BigDecimal("30.01"))).isEqualTo(3);
        assertThat(StandardRooms.of(new BigDecimal("15.5"))).isEqualTo(2);
        assertThat(StandardRooms.of(new BigDecimal("40"))).isEqualTo(3);
        assertThat(StandardRooms.of(new BigDecimal("60"))).isEqualTo(4);
        assertThatThrownBy(() -> StandardRooms.of(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRestaurantsKitchenHallAndStoreCountAsSevenRoomsForTheCockroachInfestationRate() {
        StandardRooms.Counted counted = StandardRooms.count(Method.COCKROACH_ROOM_INSPECTION, List.of(
                space("60", Map.of(Measure.ROOMS_WITH_ADULTS_OR_NYMPHS, 1, Measure.ROOMS_WITH_TRACES, 2)),
                space("20", Map.of(Measure.ROOMS_WITH_EGG_CASES, 1)),
                space("10", Map.of())), Map.of());

        assertThat(counted.problems()).isEmpty();
        assertThat(counted.measures()).containsEntry(Measure.ROOMS_CHECKED, BigDecimal.valueOf(7))
                .containsEntry(Measure.ROOMS_WITH_ADULTS_OR_NYMPHS, BigDecimal.valueOf(1))
                .containsEntry(Measure.ROOMS_WITH_EGG_CASES, BigDecimal.valueOf(1))
                .containsEntry(Measure.ROOMS_WITH_TRACES, BigDecimal.valueOf(2));
        // 1 of 7 standard rooms, not 1 of 3 doors: 14.3 %, below standard C (≤ 5 %) either way, but the rate is the standard's.
        MonitoringRecord record = MonitoringRecord.of(Method.COCKROACH_ROOM_INSPECTION, counted.measures());
        assertThat(record.measures()).containsEntry(Measure.ROOMS_CHECKED, BigDecimal.valueOf(7));
    }

    @Test
    void indoorFliesKeepTheFliesSeenWhileTheRoomsComeFromTheAreas() {
        StandardRooms.Counted counted = StandardRooms.count(Method.FLY_INDOOR_ROOMS, List.of(
                space("45", Map.of(Measure.POSITIVE_ROOMS, 1)), space("12", Map.of())),
                Map.of(Measure.FLIES_SEEN, BigDecimal.valueOf(2)));

        assertThat(counted.problems()).isEmpty();
        assertThat(counted.measures()).containsEntry(Measure.ROOMS_CHECKED, BigDecimal.valueOf(4))
                .containsEntry(Measure.POSITIVE_ROOMS, BigDecimal.ONE).containsEntry(Measure.FLIES_SEEN, BigDecimal.valueOf(2));
    }

    @Test
    void moreRoomsPositiveThanASpaceHasOrRoomsGivenTwiceOrAMethodWithoutRoomsAreRefused() {
        assertThat(StandardRooms.count(Method.RAT_INDOOR_SIGNS, List.of(space("20", Map.of(Measure.POSITIVE_ROOMS, 3))),
                Map.of()).problems()).extracting(MonitoringRecord.Problem::code)
                .containsExactly(MonitoringRecord.Problem.EXCEEDS_WHOLE);
        assertThat(StandardRooms.count(Method.RAT_INDOOR_SIGNS, List.of(space("20", Map.of())),
                Map.of(Measure.ROOMS_CHECKED, BigDecimal.TEN)).problems()).extracting(MonitoringRecord.Problem::code)
                .containsExactly(StandardRooms.COUNTED_TWICE);
        assertThat(StandardRooms.count(Method.RAT_TRAP_NIGHT, List.of(space("20", Map.of())), Map.of()).problems())
                .extracting(MonitoringRecord.Problem::code).containsExactly(StandardRooms.NOT_A_ROOM_METHOD);
        assertThat(StandardRooms.count(Method.RAT_INDOOR_SIGNS, List.of(space("0", Map.of())), Map.of()).problems())
                .extracting(MonitoringRecord.Problem::code).containsExactly(StandardRooms.AREA_NOT_POSITIVE);
        assertThat(StandardRooms.count(Method.RAT_INDOOR_SIGNS, List.of(space("20", Map.of(Measure.FLIES_SEEN, 1))),
                Map.of()).problems()).extracting(MonitoringRecord.Problem::code)
                .containsExactly(MonitoringRecord.Problem.NOT_RECORDED_BY_METHOD);
    }
}
