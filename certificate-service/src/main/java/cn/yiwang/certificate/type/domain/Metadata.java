package cn.yiwang.certificate.type.domain;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The metadata values of one certificate, by field name; sorted, so it serialises the same way every time. */
public record Metadata(SortedMap<String, String> values) {

    public Metadata {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values == null ? Map.of() : values));
    }

    public static Metadata of(Map<String, String> values) {
        return new Metadata(values == null ? new TreeMap<>() : new TreeMap<>(values));
    }

    public String get(String field) {
        return values.get(field);
    }

    /** The same metadata with {@code changes} applied; a null value removes the field. */
    public Metadata with(Map<String, String> changes) {
        TreeMap<String, String> merged = new TreeMap<>(values);
        changes.forEach((field, value) -> {
            if (value == null) {
                merged.remove(field);
            } else {
                merged.put(field, value);
            }
        });
        return new Metadata(merged);
    }
}
