package cn.yiwang.certificate.type.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The metadata fields of a certificate type, used like a JSON schema with
 * {@code additionalProperties: false}: a certificate carries exactly the data its type defines,
 * because a seal over unexpected data would vouch for something nobody defined.
 */
public record MetadataSchema(List<FieldDefinition> fields) {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    public MetadataSchema {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /** Every problem with {@code metadata}, in field order, unknown fields last; empty when it conforms. */
    public List<MetadataError> validate(Metadata metadata) {
        List<MetadataError> errors = new ArrayList<>();
        Map<String, String> values = metadata.values();
        for (FieldDefinition field : fields) {
            String value = values.get(field.name());
            if (value == null || value.isBlank()) {
                if (field.required()) {
                    errors.add(new MetadataError(field.name(), "required"));
                }
                continue;
            }
            if (field.maxLength() != null && value.length() > field.maxLength()) {
                errors.add(new MetadataError(field.name(), "too-long", field.maxLength()));
                continue;
            }
            switch (field.kind()) {
                case DATE -> {
                    if (!isDate(value)) {
                        errors.add(new MetadataError(field.name(), "date"));
                    }
                }
                case NUMBER -> {
                    if (!NUMBER.matcher(value).matches()) {
                        errors.add(new MetadataError(field.name(), "number"));
                    }
                }
                case CHOICE -> {
                    if (!field.choices().contains(value)) {
                        errors.add(new MetadataError(field.name(), "choice", String.join(" / ", field.choices())));
                    }
                }
                case TEXT -> {
                }
            }
            if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(value).matches()) {
                errors.add(new MetadataError(field.name(), "pattern"));
            }
        }
        values.keySet().stream().filter(name -> field(name).isEmpty()).sorted()
                .forEach(name -> errors.add(new MetadataError(name, "unknown")));
        return errors;
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
