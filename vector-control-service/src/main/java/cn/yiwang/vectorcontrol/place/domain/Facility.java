package cn.yiwang.vectorcontrol.place.domain;

/** Prevention facilities a key place installs against rats, mosquitoes, flies and cockroaches. */
public enum Facility {
    RAT_PROOF_BOARDS,
    DRAIN_AND_VENT_RAT_GUARDS,
    BAIT_STATIONS,
    SCREEN_DOORS_AND_WINDOWS,
    FLY_CURTAINS_OR_AIR_CURTAINS,
    FLY_KILLER_LAMPS,
    SEALED_WASTE_CONTAINERS,
    COCKROACH_BAIT_STATIONS
}
