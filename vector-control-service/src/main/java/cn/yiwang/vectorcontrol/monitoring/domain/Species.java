package cn.yiwang.vectorcontrol.monitoring.domain;

/** The four vectors of the Baoji regulation (Art. 2), each graded by its own national standard. */
public enum Species {
    RAT("GB/T 27770"),
    MOSQUITO("GB/T 27771"),
    FLY("GB/T 27772"),
    COCKROACH("GB/T 27773");

    private final String standard;

    Species(String standard) {
        this.standard = standard;
    }

    /** The standard whose thresholds grade this species; part of every result. */
    public String standard() {
        return standard;
    }
}
