package cn.yiwang.vectorcontrol.monitoring.domain;

import java.util.List;
import java.util.Map;

import static cn.yiwang.vectorcontrol.monitoring.domain.Measure.*;

/**
 * A field method of GB/T 27770–27773 and the numbers it must record. The effort measures must be
 * positive (an index over no effort means nothing); what was found must be a whole, non-negative
 * count; a part (positive rooms) can never exceed its whole (rooms checked).
 */
public enum Method {
    RAT_TRAP_NIGHT(Species.RAT, List.of(EFFECTIVE_TRAPS), List.of(RATS_CAUGHT), List.of(),
            Map.of(RATS_CAUGHT, EFFECTIVE_TRAPS)),
    RAT_POWDER_PATCH(Species.RAT, List.of(EFFECTIVE_PATCHES), List.of(POSITIVE_PATCHES), List.of(),
            Map.of(POSITIVE_PATCHES, EFFECTIVE_PATCHES)),
    RAT_INDOOR_SIGNS(Species.RAT, List.of(ROOMS_CHECKED), List.of(POSITIVE_ROOMS), List.of(),
            Map.of(POSITIVE_ROOMS, ROOMS_CHECKED)),
    RAT_OUTDOOR_PATH(Species.RAT, List.of(KM_WALKED), List.of(SIGNS_FOUND), List.of(), Map.of()),
    RAT_PROOF_FACILITIES(Species.RAT, List.of(FACILITIES_CHECKED), List.of(NON_COMPLIANT_FACILITIES), List.of(),
            Map.of(NON_COMPLIANT_FACILITIES, FACILITIES_CHECKED)),

    MOSQUITO_LIGHT_TRAP(Species.MOSQUITO, List.of(LAMP_NIGHTS), List.of(FEMALE_MOSQUITOES), List.of(), Map.of()),
    MOSQUITO_BRETEAU(Species.MOSQUITO, List.of(HOUSES_CHECKED), List.of(POSITIVE_CONTAINERS), List.of(), Map.of()),
    MOSQUITO_SMALL_WATER_BODIES(Species.MOSQUITO, List.of(KM_WALKED, WATER_BODIES_CHECKED), List.of(POSITIVE_WATER_BODIES),
            List.of(), Map.of(POSITIVE_WATER_BODIES, WATER_BODIES_CHECKED)),
    MOSQUITO_LARGE_WATER_DIPPER(Species.MOSQUITO, List.of(DIPS), List.of(POSITIVE_DIPS, LARVAE_AND_PUPAE), List.of(),
            Map.of(POSITIVE_DIPS, DIPS)),
    MOSQUITO_HUMAN_LANDING(Species.MOSQUITO, List.of(PERSON_HALF_HOURS), List.of(MOSQUITOES_LANDED), List.of(), Map.of()),

    FLY_CAGE(Species.FLY, List.of(CAGES), List.of(FLIES_CAUGHT), List.of(), Map.of()),
    FLY_INDOOR_ROOMS(Species.FLY, List.of(ROOMS_CHECKED), List.of(POSITIVE_ROOMS, FLIES_SEEN),
            List.of(READY_TO_EAT_ROOMS_WITH_FLIES),
            Map.of(POSITIVE_ROOMS, ROOMS_CHECKED, READY_TO_EAT_ROOMS_WITH_FLIES, POSITIVE_ROOMS)),
    FLY_OUTDOOR_BREEDING(Species.FLY, List.of(SITES_CHECKED), List.of(POSITIVE_SITES), List.of(),
            Map.of(POSITIVE_SITES, SITES_CHECKED)),
    FLY_PROOF_FACILITIES(Species.FLY, List.of(FACILITIES_CHECKED), List.of(COMPLIANT_FACILITIES), List.of(),
            Map.of(COMPLIANT_FACILITIES, FACILITIES_CHECKED)),

    COCKROACH_STICKY_TRAP(Species.COCKROACH, List.of(VALID_TRAPS), List.of(POSITIVE_TRAPS, COCKROACHES_CAUGHT), List.of(),
            Map.of(POSITIVE_TRAPS, VALID_TRAPS)),
    COCKROACH_ROOM_INSPECTION(Species.COCKROACH, List.of(ROOMS_CHECKED),
            List.of(ROOMS_WITH_ADULTS_OR_NYMPHS, ROOMS_WITH_EGG_CASES, ROOMS_WITH_TRACES), List.of(),
            Map.of(ROOMS_WITH_ADULTS_OR_NYMPHS, ROOMS_CHECKED, ROOMS_WITH_EGG_CASES, ROOMS_CHECKED,
                    ROOMS_WITH_TRACES, ROOMS_CHECKED));

    private final Species species;
    private final List<Measure> effort;
    private final List<Measure> findings;
    private final List<Measure> optional;
    private final Map<Measure, Measure> partOf;

    Method(Species species, List<Measure> effort, List<Measure> findings, List<Measure> optional,
           Map<Measure, Measure> partOf) {
        this.species = species;
        this.effort = effort;
        this.findings = findings;
        this.optional = optional;
        this.partOf = partOf;
    }

    public Species species() {
        return species;
    }

    /** Measures that must be present and greater than zero. */
    public List<Measure> effort() {
        return effort;
    }

    /** Measures that must be present and zero or more. */
    public List<Measure> findings() {
        return findings;
    }

    /** Measures that may be omitted (then zero). */
    public List<Measure> optional() {
        return optional;
    }

    /** part → whole: the part may not exceed the whole within one record. */
    public Map<Measure, Measure> partOf() {
        return partOf;
    }

    public boolean records(Measure measure) {
        return effort.contains(measure) || findings.contains(measure) || optional.contains(measure);
    }
}
