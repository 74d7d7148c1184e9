package cn.yiwang.hotline.support;

import java.nio.charset.StandardCharsets;

/**
 * The JSON text of a received Kafka value. The platform's Kafka setup hands listeners the raw
 * bytes (byte[]) unless an environment configures a string deserializer; listeners accept both.
 */
public final class Payloads {

    private Payloads() {
    }

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }
}
