package cn.yiwang.certificate.objection.domain;

public enum ObjectionStatus {
    OPEN, CORRECTED, REJECTED
}
