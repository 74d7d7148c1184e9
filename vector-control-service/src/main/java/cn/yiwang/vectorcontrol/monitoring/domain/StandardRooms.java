package cn.yiwang.vectorcontrol.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The room methods (indoor rat signs, indoor flies, cockroach room inspection) count standard
 * rooms, not doors. DOMAIN.md (§8 appendix, "Rules") says "15 m² counts as one room"
 * (GB/T 27770/27772/27773 标准间); the monitoring practice spells out the remainder as
 * "不足15 m²按1间计" — less than 15 m² counts as one room — which DOMAIN.md does not contradict. So a
 * space of 15 m² or less is one room and a larger one counts one room for every 15 m² begun
 * (rounded up): a 40 m² kitchen is three rooms, a 15.5 m² office two, 30 m² exactly two. The
 * surveyor records each space checked with its floor area and, per finding, how many of its
 * standard rooms were positive; the record's room counts are the sums.
 */
public final class StandardRooms {

    /** The floor area of one standard room. */
    public static final BigDecimal ROOM_AREA = new BigDecimal("15");

    public static final String AREA_NOT_POSITIVE = "area-not-positive";
    public static final String NOT_A_ROOM_METHOD = "spaces-not-for-method";
    public static final String COUNTED_TWICE = "rooms-given-twice";

    private StandardRooms() {
    }

    /**
     * One space checked: its floor area and, per room finding of the method (e.g. POSITIVE_ROOMS),
     * how many of its standard rooms were positive.
     */
    public record Space(BigDecimal areaSquareMetres, Map<Measure, Integer> positiveRooms) {

        public Space {
            Objects.requireNonNull(areaSquareMetres, "areaSquareMetres");
            positiveRooms = positiveRooms == null ? Map.of() : Map.copyOf(positiveRooms);
        }
    }

    /** The measures of the record, or the problems that stop them. */
    public record Counted(Map<Measure, BigDecimal> measures, List<MonitoringRecord.Problem> problems) {
    }

    /** How many standard rooms a space of this floor area counts as. */
    public static int of(BigDecimal areaSquareMetres) {
        if (areaSquareMetres.signum() <= 0) {
            throw new IllegalArgumentException("a floor area must be positive: " + areaSquareMetres);
        }
        return Math.max(1, areaSquareMetres.divide(ROOM_AREA, 0, RoundingMode.CEILING).intValueExact());
    }

    /** Whether the method counts rooms checked, so that spaces may be given instead. */
    public static boolean countsRooms(Method method) {
        return method.effort().contains(Measure.ROOMS_CHECKED);
    }

    /**
     * Adds the standard-room counts of {@code spaces} to the other {@code measures} of a record:
     * ROOMS_CHECKED and each room finding become sums over the spaces. A room count given both ways,
     * a method without rooms, a space without area, or more positive rooms than a space has are
     * problems (nothing is counted then).
     */
    public static Counted count(Method method, List<Space> spaces, Map<Measure, BigDecimal> measures) {
        List<MonitoringRecord.Problem> problems = new ArrayList<>();
        if (!countsRooms(method)) {
            problems.add(new MonitoringRecord.Problem(Measure.ROOMS_CHECKED, NOT_A_ROOM_METHOD));
            return new Counted(measures, problems);
        }
        List<Measure> roomFindings = method.partOf().entrySet().stream()
                .filter(entry -> entry.getValue() == Measure.ROOMS_CHECKED).map(Map.Entry::getKey).sorted().toList();
        EnumMap<Measure, BigDecimal> counted = new EnumMap<>(Measure.class);
        counted.putAll(measures);
        if (measures.containsKey(Measure.ROOMS_CHECKED)) {
            problems.add(new MonitoringRecord.Problem(Measure.ROOMS_CHECKED, COUNTED_TWICE));
        }
        for (Measure finding : roomFindings) {
            if (measures.containsKey(finding)) {
                problems.add(new MonitoringRecord.Problem(finding, COUNTED_TWICE));
            }
        }
        int rooms = 0;
        EnumMap<Measure, Integer> positives = new EnumMap<>(Measure.class);
        roomFindings.forEach(finding -> positives.put(finding, 0));
        for (Space space : spaces) {
            if (space.areaSquareMetres().signum() <= 0) {
                problems.add(new MonitoringRecord.Problem(Measure.ROOMS_CHECKED, AREA_NOT_POSITIVE));
                continue;
            }
            int ofSpace = of(space.areaSquareMetres());
            rooms += ofSpace;
            space.positiveRooms().forEach((finding, positive) -> {
                if (!roomFindings.contains(finding)) {
                    problems.add(new MonitoringRecord.Problem(finding, MonitoringRecord.Problem.NOT_RECORDED_BY_METHOD));
                } else if (positive == null || positive < 0) {
                    problems.add(new MonitoringRecord.Problem(finding, MonitoringRecord.Problem.NEGATIVE));
                } else if (positive > ofSpace) {
                    problems.add(new MonitoringRecord.Problem(finding, MonitoringRecord.Problem.EXCEEDS_WHOLE));
                } else {
                    positives.merge(finding, positive, Integer::sum);
                }
            });
        }
        if (!problems.isEmpty()) {
            return new Counted(measures, problems);
        }
        counted.put(Measure.ROOMS_CHECKED, BigDecimal.valueOf(rooms));
        positives.forEach((finding, positive) -> counted.put(finding, BigDecimal.valueOf(positive)));
        return new Counted(Map.copyOf(counted), List.of());
    }
}
