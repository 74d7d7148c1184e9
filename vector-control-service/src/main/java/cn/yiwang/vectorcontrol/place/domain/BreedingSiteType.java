package cn.yiwang.vectorcontrol.place.domain;

/** Kinds of breeding sites (孳生地) the Art. 16 control measures name. */
public enum BreedingSiteType {
    STAGNANT_WATER,
    WATER_CONTAINERS,
    DISCARDED_TYRES,
    GARBAGE_HEAP,
    UNCOVERED_WASTE_BINS,
    OPEN_SEWER_OR_DRAIN,
    PUBLIC_TOILET,
    RAT_BURROWS,
    OVERGROWN_GREEN_BELT
}
