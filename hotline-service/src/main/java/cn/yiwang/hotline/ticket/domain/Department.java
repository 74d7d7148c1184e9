package cn.yiwang.hotline.ticket.domain;

import java.util.Objects;

/** A responsible unit (责任单位): its unified social credit code and name. */
public record Department(String orgCode, String name) {

    public Department {
        Objects.requireNonNull(orgCode, "orgCode");
    }
}
