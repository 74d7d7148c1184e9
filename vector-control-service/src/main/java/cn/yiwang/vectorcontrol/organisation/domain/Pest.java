package cn.yiwang.vectorcontrol.organisation.domain;

/** The vectors a contract or a service visit is about (Baoji regulation Art. 2). */
public enum Pest {
    RAT, MOSQUITO, FLY, COCKROACH
}
