package cn.yiwang.hotline.ticket.domain;

/** How fast the matter must be handled; the limit for each is configurable (GB/T 33358 leaves it local). */
public enum Urgency {
    NORMAL, URGENT, EMERGENCY
}
