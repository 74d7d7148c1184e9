package cn.yiwang.cases.casefile.domain;

/** Service objects of GB/T 39046 A.4 the platform files cases for: 一人一档 and 一企一档. */
public enum ApplicantType {
    /** ID type 111: citizen ID number. */
    PERSON,
    /** ID type 001: unified social credit code. */
    ENTERPRISE
}
