package cn.yiwang.cases.casefile.domain;

/**
 * Special procedures whose time does not count toward the limit (Administrative Licensing Law §45:
 * 听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审).
 */
public enum ProcedureType {
    HEARING, TENDER, AUCTION, INSPECTION, TESTING, QUARANTINE, APPRAISAL, EXPERT_REVIEW
}
