package cn.yiwang.certificate.type.domain;

/**
 * Why one metadata value was refused.
 *
 * @param field the field name
 * @param code  {@code required}, {@code unknown}, {@code too-long}, {@code pattern}, {@code date},
 *              {@code number} or {@code choice}; also the message key suffix
 * @param arguments for the message (e.g. the maximum length)
 */
public record MetadataError(String field, String code, Object... arguments) {
}
