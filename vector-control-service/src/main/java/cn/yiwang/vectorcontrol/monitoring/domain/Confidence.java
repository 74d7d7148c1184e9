package cn.yiwang.vectorcontrol.monitoring.domain;

/**
 * How sure the project is of a threshold whose official text it could not read (DOMAIN.md
 * appendix): solid = two or more independent sources; likely = one source matched by graded
 * survey results; weak = one source; disputed = sources disagree.
 */
public enum Confidence {
    SOLID, LIKELY, WEAK, DISPUTED
}
