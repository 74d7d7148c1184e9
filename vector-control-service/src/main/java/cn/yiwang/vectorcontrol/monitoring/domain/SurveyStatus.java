package cn.yiwang.vectorcontrol.monitoring.domain;

/** A survey takes records while open; evaluation freezes it under one threshold table version. */
public enum SurveyStatus {
    OPEN, EVALUATED
}
