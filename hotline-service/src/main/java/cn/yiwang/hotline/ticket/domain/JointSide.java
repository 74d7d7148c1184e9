package cn.yiwang.hotline.ticket.domain;

/**
 * The two lines of a matter handled jointly by 12345 and 110 (国办发〔2022〕12号: 联动处置 of disputes
 * that may turn violent): each keeps its own reference number and records its own progress.
 */
public enum JointSide {
    /** The hotline's own part: the lead department and the centre. */
    HOTLINE_12345,
    /** The police line's part, as 110 reports it. */
    POLICE_110
}
