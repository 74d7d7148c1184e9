package cn.yiwang.hotline.ticket.domain;

/**
 * Where a ticket came in (国办发〔2020〕53号: one number for every channel). Written channels must be
 * answered within 3 minutes (GB/T 33358-2016); the 110 channel is the linkage of 国办发〔2022〕12号.
 */
public enum Channel {
    /** 12345 call, entered by an agent. */
    PHONE,
    WEB,
    MOBILE,
    MINI_PROGRAM,
    EMAIL,
    SMS,
    /** A partner county or city system, over the API or Open311. */
    PARTNER,
    /** Handed over from the 110 police line (one-key transfer in). */
    POLICE_110
}
