package cn.yiwang.common.events;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CloudEvents 1.0 Kafka protocol binding in binary mode, as the platform uses it: attributes
 * as {@code ce_}-prefixed headers, the JSON payload as the value, plus {@code traceparent} and
 * the region code.
 *
 * <p>Values are UTF-8 bytes rather than strings: Spring Kafka's JSON header mapper would otherwise
 * add its own {@code spring_json_header_types} header, which is noise for non-Spring consumers.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** The binding maps {@code datacontenttype} to the plain Kafka content-type header. */
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";
    public static final String REGION = "yiwang_region";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /**
     * The headers for one event sent by {@code source}; stable for the same event, so a
     * republished record is indistinguishable from the first attempt.
     */
    public static Map<String, Object> of(IntegrationEvent event, String source) {
        Map<String, Object> headers = new LinkedHashMap<>();
        put(headers, SPEC_VERSION, SPEC_VERSION_1_0);
        put(headers, ID, required(event.eventId(), "eventId").toString());
        put(headers, SOURCE, required(source, "source"));
        put(headers, TYPE, required(event.type(), "type"));
        // RFC 3339 in UTC, as the spec requires for the time attribute.
        put(headers, TIME, DateTimeFormatter.ISO_INSTANT.format(required(event.occurredAt(), "occurredAt")));
        put(headers, SUBJECT, required(event.aggregateId(), "aggregateId"));
        put(headers, CONTENT_TYPE, JSON);
        if (event.regionCode() != null) {
            put(headers, REGION, event.regionCode());
        }
        if (event.traceparent() != null) {
            put(headers, TRACEPARENT, event.traceparent());
        }
        return headers;
    }

    /** The CloudEvents attributes of a received record; fails if a required one is missing. */
    public static ReceivedEvent read(Headers headers) {
        String specVersion = last(headers, SPEC_VERSION);
        if (!SPEC_VERSION_1_0.equals(specVersion)) {
            throw new IllegalArgumentException("not a CloudEvents 1.0 record (ce_specversion=" + specVersion + ")");
        }
        return new ReceivedEvent(
                requiredHeader(headers, ID),
                requiredHeader(headers, SOURCE),
                requiredHeader(headers, TYPE),
                last(headers, SUBJECT),
                timeOf(last(headers, TIME)),
                last(headers, CONTENT_TYPE),
                last(headers, REGION),
                last(headers, TRACEPARENT));
    }

    private static java.time.Instant timeOf(String value) {
        return value == null ? null : java.time.OffsetDateTime.parse(value).toInstant();
    }

    private static String requiredHeader(Headers headers, String name) {
        String value = last(headers, name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("CloudEvents header " + name + " is missing");
        }
        return value;
    }

    private static String last(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Map<String, Object> headers, String name, String value) {
        headers.put(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("event " + what + " is required");
        }
        return value;
    }
}
