package cn.yiwang.review.statistics;

/** What the figures are broken down by (issue 6: region, organisation, staff, item, channel). */
public enum Dimension {
    /** The region of the service and every region above it, so a city's figures include its counties. */
    REGION,
    ORGANISATION,
    STAFF,
    ITEM,
    /**
     * The channel of the service event (one of the seven by name): the evaluation channel once
     * rated, before that the channel it was invited on (mapped from how it was served, see
     * {@link InvitedChannel}), so the evaluation rate per channel is rated / invited-or-rated on it.
     */
    CHANNEL,
    /**
     * Region × item, region × organisation and region × evaluation channel: kept only to count how
     * many items, organisations and channels of a region were served and rated (the coverage of
     * 国办发〔2019〕51号, "三个全覆盖"); not readable through the API.
     */
    REGION_ITEM,
    REGION_ORGANISATION,
    REGION_CHANNEL;

    /** Whether the dimension is an internal building block of the coverage counters. */
    public boolean isCoverageBase() {
        return this == REGION_ITEM || this == REGION_ORGANISATION || this == REGION_CHANNEL;
    }
}
