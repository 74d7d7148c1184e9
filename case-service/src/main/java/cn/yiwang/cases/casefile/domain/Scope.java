package cn.yiwang.cases.casefile.domain;

import java.util.Objects;

/**
 * An office that holds the case: its region (GB/T 2260) and its unified social credit code. A
 * cross-region case (跨域通办) has two: the accepting hall (收件地) and the deciding body (办理地).
 */
public record Scope(String regionCode, String orgCode) {

    public Scope {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(orgCode, "orgCode");
    }
}
