package cn.yiwang.cases.partner.domain;

/**
 * Why a pushed record failed the quality check.
 *
 * @param code  stable reason, e.g. {@code status-order}; partner systems branch on it
 * @param field the field concerned, or {@code null}
 * @param args  what the message needs (the field, the offending statuses…)
 */
public record Rejection(String code, String field, Object... args) {
}
