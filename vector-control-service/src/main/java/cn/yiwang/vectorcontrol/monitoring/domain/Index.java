package cn.yiwang.vectorcontrol.monitoring.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

import static cn.yiwang.vectorcontrol.monitoring.domain.Measure.*;

/**
 * The density indices of DOMAIN.md §8 (GB/T 27770–27773), each computed over the pooled numbers of
 * all records of its method in a survey: pooling (Σ found / Σ effort) rather than averaging each
 * record's rate weights every trap, room or kilometre equally, as the standards count them.
 */
public enum Index {
    /** Rats caught / effective traps × 100 %. */
    TRAP_CAPTURE_RATE(Method.RAT_TRAP_NIGHT, RATS_CAUGHT, EFFECTIVE_TRAPS, Unit.PERCENT),
    /** Positive patches / effective patches × 100 %. */
    POWDER_PATCH_POSITIVE_RATE(Method.RAT_POWDER_PATCH, POSITIVE_PATCHES, EFFECTIVE_PATCHES, Unit.PERCENT),
    /** Rooms with rat signs / rooms checked × 100 %. */
    INDOOR_RAT_SIGN_RATE(Method.RAT_INDOOR_SIGNS, POSITIVE_ROOMS, ROOMS_CHECKED, Unit.PERCENT),
    /** Rat signs found / km walked. */
    RAT_PATH_INDEX(Method.RAT_OUTDOOR_PATH, SIGNS_FOUND, KM_WALKED, Unit.PER_KM),
    /** Non-compliant rat-proof facilities / facilities checked × 100 %. */
    RAT_PROOF_NON_COMPLIANCE_RATE(Method.RAT_PROOF_FACILITIES, NON_COMPLIANT_FACILITIES, FACILITIES_CHECKED, Unit.PERCENT),
    /** Female mosquitoes / lamp-nights. */
    LIGHT_TRAP_DENSITY(Method.MOSQUITO_LIGHT_TRAP, FEMALE_MOSQUITOES, LAMP_NIGHTS, Unit.PER_LAMP_NIGHT),
    /** Positive containers per 100 houses. */
    BRETEAU_INDEX(Method.MOSQUITO_BRETEAU, POSITIVE_CONTAINERS, HOUSES_CHECKED, Unit.PER_100_HOUSES),
    /** Positive small water bodies / water bodies inspected × 100 %. */
    SMALL_WATER_BODY_POSITIVE_RATE(Method.MOSQUITO_SMALL_WATER_BODIES, POSITIVE_WATER_BODIES, WATER_BODIES_CHECKED, Unit.PERCENT),
    /** Positive small water bodies / km walked. */
    SMALL_WATER_BODY_PATH_INDEX(Method.MOSQUITO_SMALL_WATER_BODIES, POSITIVE_WATER_BODIES, KM_WALKED, Unit.PER_KM),
    /** Positive dips / dips × 100 % (large and medium water bodies). */
    DIPPER_POSITIVE_RATE(Method.MOSQUITO_LARGE_WATER_DIPPER, POSITIVE_DIPS, DIPS, Unit.PERCENT),
    /** Larvae and pupae / positive dips. */
    LARVAE_PER_POSITIVE_DIP(Method.MOSQUITO_LARGE_WATER_DIPPER, LARVAE_AND_PUPAE, POSITIVE_DIPS, Unit.PER_DIP),
    /** Mosquitoes landed / (persons × 30 min). */
    HUMAN_LANDING_INDEX(Method.MOSQUITO_HUMAN_LANDING, MOSQUITOES_LANDED, PERSON_HALF_HOURS, Unit.PER_PERSON_HALF_HOUR),
    /** Flies caught / cages. */
    FLY_CAGE_INDEX(Method.FLY_CAGE, FLIES_CAUGHT, CAGES, Unit.PER_CAGE),
    /** Rooms with flies / rooms checked × 100 %. */
    FLY_ROOM_POSITIVE_RATE(Method.FLY_INDOOR_ROOMS, POSITIVE_ROOMS, ROOMS_CHECKED, Unit.PERCENT),
    /** Flies seen / rooms with flies. */
    FLIES_PER_POSITIVE_ROOM(Method.FLY_INDOOR_ROOMS, FLIES_SEEN, POSITIVE_ROOMS, Unit.PER_ROOM),
    /** Rooms of ready-to-eat food premises where flies were seen: a count, no denominator. */
    READY_TO_EAT_ROOMS_WITH_FLIES(Method.FLY_INDOOR_ROOMS, Measure.READY_TO_EAT_ROOMS_WITH_FLIES, null, Unit.ROOMS),
    /** Positive outdoor breeding sites / sites checked × 100 %. */
    FLY_BREEDING_SITE_POSITIVE_RATE(Method.FLY_OUTDOOR_BREEDING, POSITIVE_SITES, SITES_CHECKED, Unit.PERCENT),
    /** Compliant fly-proof facilities / facilities checked × 100 % (higher is better). */
    FLY_PROOF_COMPLIANCE_RATE(Method.FLY_PROOF_FACILITIES, COMPLIANT_FACILITIES, FACILITIES_CHECKED, Unit.PERCENT),
    /** Cockroaches caught / valid sticky traps. */
    STICKY_TRAP_DENSITY(Method.COCKROACH_STICKY_TRAP, COCKROACHES_CAUGHT, VALID_TRAPS, Unit.PER_TRAP),
    /** Positive sticky traps / valid traps × 100 %. */
    STICKY_TRAP_INFESTATION_RATE(Method.COCKROACH_STICKY_TRAP, POSITIVE_TRAPS, VALID_TRAPS, Unit.PERCENT),
    /** Rooms with adults or nymphs / rooms checked × 100 %. */
    COCKROACH_INFESTATION_RATE(Method.COCKROACH_ROOM_INSPECTION, ROOMS_WITH_ADULTS_OR_NYMPHS, ROOMS_CHECKED, Unit.PERCENT),
    /** Rooms with egg cases / rooms checked × 100 %. */
    EGG_CASE_DETECTION_RATE(Method.COCKROACH_ROOM_INSPECTION, ROOMS_WITH_EGG_CASES, ROOMS_CHECKED, Unit.PERCENT),
    /** Rooms with traces (droppings, exuviae) / rooms checked × 100 %. */
    TRACE_DETECTION_RATE(Method.COCKROACH_ROOM_INSPECTION, ROOMS_WITH_TRACES, ROOMS_CHECKED, Unit.PERCENT);

    /** Enough digits that a comparison with a threshold is never decided by rounding. */
    static final MathContext PRECISION = MathContext.DECIMAL64;

    private final Method method;
    private final Measure numerator;
    private final Measure denominator;
    private final Unit unit;

    Index(Method method, Measure numerator, Measure denominator, Unit unit) {
        this.method = method;
        this.numerator = numerator;
        this.denominator = denominator;
        this.unit = unit;
    }

    public Method method() {
        return method;
    }

    public Unit unit() {
        return unit;
    }

    /**
     * The index over pooled totals. Nothing found over no denominator (no positive dips, so no
     * larvae per positive dip) is 0: there is nothing to exceed a threshold.
     */
    public BigDecimal compute(Map<Measure, BigDecimal> totals) {
        BigDecimal found = totals.getOrDefault(numerator, BigDecimal.ZERO);
        if (denominator == null) {
            return found;
        }
        BigDecimal over = totals.getOrDefault(denominator, BigDecimal.ZERO);
        if (over.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return found.multiply(unit.factor()).divide(over, PRECISION);
    }

    public enum Unit {
        PERCENT(100), PER_KM(1), PER_LAMP_NIGHT(1), PER_100_HOUSES(100), PER_DIP(1), PER_PERSON_HALF_HOUR(1),
        PER_CAGE(1), PER_ROOM(1), ROOMS(1), PER_TRAP(1);

        private final BigDecimal factor;

        Unit(int factor) {
            this.factor = BigDecimal.valueOf(factor);
        }

        BigDecimal factor() {
            return factor;
        }
    }
}
