package cn.yiwang.review.statistics;

/** What the figures are broken down by (issue 6: region, organisation, staff, item, channel). */
public enum Dimension {
    /** The region of the service and every region above it, so a city's figures include its counties. */
    REGION,
    ORGANISATION,
    STAFF,
    ITEM,
    /** The evaluation channel (1–7 by name); services are counted as concluded without a channel. */
    CHANNEL
}
