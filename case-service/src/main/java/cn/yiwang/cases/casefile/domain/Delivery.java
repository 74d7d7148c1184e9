package cn.yiwang.cases.casefile.domain;

import java.time.Instant;

/** @param detail e.g. the postal tracking number, or the hall the result was collected at */
public record Delivery(DeliveryMethod method, String detail, Instant at) {
}
