package cn.yiwang.certificate.type.domain;

import java.util.List;

/**
 * One metadata field of a certificate type (GB/T 36903 "证照元数据"), like a property of a JSON
 * schema: its name in the metadata, its titles, its kind and constraints.
 *
 * @param maxLength the longest value accepted, or null
 * @param pattern   a regular expression the whole value must match, or null
 * @param choices   the accepted values of a CHOICE field
 */
public record FieldDefinition(String name, String titleZh, String titleEn, FieldKind kind, boolean required,
                              Integer maxLength, String pattern, List<String> choices) {

    public FieldDefinition {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
