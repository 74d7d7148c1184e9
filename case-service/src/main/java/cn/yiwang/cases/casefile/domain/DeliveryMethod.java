package cn.yiwang.cases.casefile.domain;

/** How the result reaches the applicant (送达). */
public enum DeliveryMethod {
    /** Picked up at the (accepting) hall's window. */
    WINDOW_PICKUP,
    /** By post (邮寄). */
    POST,
    /** Electronically: the e-certificate or document in the applicant's account. */
    ELECTRONIC
}
