package cn.yiwang.cases.clock;

/** The traffic light of a running case in staff work queues (亮灯). */
public enum DeadlineColour {
    /** Plenty of time left, or the clock is stopped by a special procedure. */
    GREEN,
    /** The configured share of the limit or less is left: act now. */
    YELLOW,
    /** The deadline has passed. */
    RED
}
