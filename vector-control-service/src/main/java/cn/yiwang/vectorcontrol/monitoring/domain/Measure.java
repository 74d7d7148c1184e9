package cn.yiwang.vectorcontrol.monitoring.domain;

/**
 * One number a monitoring method records: either the effort (traps set, rooms checked, km walked,
 * lamp-nights, person × 30 min …) or what was found. Only {@link #KM_WALKED} may be fractional.
 */
public enum Measure {
    EFFECTIVE_TRAPS,
    RATS_CAUGHT,
    EFFECTIVE_PATCHES,
    POSITIVE_PATCHES,
    /** Rooms checked; GB/T 27772/27773 count 15 m² of a large hall as one room. */
    ROOMS_CHECKED,
    POSITIVE_ROOMS,
    KM_WALKED(true),
    SIGNS_FOUND,
    FACILITIES_CHECKED,
    NON_COMPLIANT_FACILITIES,
    COMPLIANT_FACILITIES,
    LAMP_NIGHTS,
    FEMALE_MOSQUITOES,
    HOUSES_CHECKED,
    POSITIVE_CONTAINERS,
    WATER_BODIES_CHECKED,
    POSITIVE_WATER_BODIES,
    DIPS,
    POSITIVE_DIPS,
    LARVAE_AND_PUPAE,
    /** Persons × 30-minute periods of human landing catches. */
    PERSON_HALF_HOURS,
    MOSQUITOES_LANDED,
    CAGES,
    FLIES_CAUGHT,
    FLIES_SEEN,
    /** Rooms of premises selling ready-to-eat food where any fly was seen. */
    READY_TO_EAT_ROOMS_WITH_FLIES,
    SITES_CHECKED,
    POSITIVE_SITES,
    VALID_TRAPS,
    POSITIVE_TRAPS,
    COCKROACHES_CAUGHT,
    ROOMS_WITH_ADULTS_OR_NYMPHS,
    ROOMS_WITH_EGG_CASES,
    ROOMS_WITH_TRACES;

    private final boolean fractional;

    Measure() {
        this(false);
    }

    Measure(boolean fractional) {
        this.fractional = fractional;
    }

    public boolean fractional() {
        return fractional;
    }
}
