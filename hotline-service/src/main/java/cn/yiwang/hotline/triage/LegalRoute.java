package cn.yiwang.hotline.triage;

/**
 * Matters that belong to another legal procedure (国办函〔2025〕66号): the hotline explains the route
 * instead of dispatching them.
 */
public enum LegalRoute {
    /** 诉讼: courts. */
    LITIGATION,
    /** 仲裁: labour or commercial arbitration. */
    ARBITRATION,
    /** 纪检监察: discipline inspection and supervision. */
    DISCIPLINE_INSPECTION,
    /** 行政复议. */
    ADMINISTRATIVE_REVIEW,
    /** 政府信息公开申请. */
    INFORMATION_DISCLOSURE,
    /** 信访. */
    PETITION
}
