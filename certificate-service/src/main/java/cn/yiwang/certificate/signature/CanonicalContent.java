package cn.yiwang.certificate.signature;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical serialization a seal covers: JSON with object members sorted by name, no
 * whitespace, strings only (numbers and dates are written as text by the content's owner), UTF-8.
 * Two platforms that serialise the same content this way get the same bytes, which is what lets a
 * seal be checked anywhere (GB/T 38540 signs the hash of exactly the data shown).
 */
public final class CanonicalContent {

    private CanonicalContent() {
    }

    /** Values are strings, nested maps of the same shape, or null (written as JSON null). */
    public static byte[] of(Map<String, ?> content) {
        StringBuilder out = new StringBuilder();
        write(content, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(entry.getKey().toString(), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("canonical content holds strings and maps only, not " + value.getClass().getSimpleName());
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
