package cn.yiwang.common.problem;

/**
 * One failing element of a request: the field (JSON path or element name), a stable code a
 * client can branch on, and a message in the caller's language.
 */
public record Violation(String field, String code, String message) {
}
