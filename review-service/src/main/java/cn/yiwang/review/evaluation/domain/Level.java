package cn.yiwang.review.evaluation.domain;

import java.util.Arrays;

/**
 * The five satisfaction levels of 国办发〔2019〕51号 and GB/T 39734-2020, stored by name.
 *
 * <p>Interfaces number the levels differently — the exchange interfaces of the provincial and
 * national 好差评 systems count 1 = very dissatisfied … 5 = very satisfied, GB/T 39046 A.8 the
 * reverse — so a code is never stored, only mapped at the interface that needs it
 * (DOMAIN.md §4).
 */
public enum Level {
    VERY_SATISFIED,
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED,
    VERY_DISSATISFIED;

    /** 差评 = dissatisfied or very dissatisfied (DOMAIN.md §4): each one opens a rectification work order. */
    public boolean isNegative() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }

    /** 好评: every level that is not a negative one, as the good-rating rate counts it. */
    public boolean isGood() {
        return !isNegative();
    }

    /** The exchange-interface code: 1 = very dissatisfied … 5 = very satisfied. */
    public int exchangeCode() {
        return values().length - ordinal();
    }

    /** The GB/T 39046 A.8 code: 1 = very satisfied … 5 = very dissatisfied. */
    public int gbt39046Code() {
        return ordinal() + 1;
    }

    public static Level fromExchangeCode(int code) {
        return Arrays.stream(values()).filter(level -> level.exchangeCode() == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no exchange-interface level " + code));
    }

    public static Level fromGbt39046Code(int code) {
        return Arrays.stream(values()).filter(level -> level.gbt39046Code() == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no GB/T 39046 level " + code));
    }
}
