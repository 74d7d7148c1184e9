package cn.yiwang.vectorcontrol.place.domain;

/** Open until remediation is reported; closed only when a re-check finds it cleared. */
public enum BreedingSiteStatus {
    OPEN, REMEDIATION_REPORTED, CLOSED
}
