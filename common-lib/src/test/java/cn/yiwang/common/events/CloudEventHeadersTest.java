package cn.yiwang.common.events;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CloudEventHeadersTest {

    private static final UUID ID = UUID.fromString("0b6f7b2e-7f43-4a3c-9a55-2f1f7d3c9e10");
    private static final Instant CONCLUDED = Instant.parse("2026-03-02T06:30:00.123Z");

    private final CaseConcluded event = new CaseConcluded(ID, "case-42", "610102", CONCLUDED, "approved");

    @Test
    void anEventCarriesTheCloudEventsAttributesAsBinaryModeHeaders() {
        Map<String, Object> headers = CloudEventHeaders.of(event, "/yiwang/case-service");

        assertThat(text(headers)).containsExactly(
                Map.entry("ce_specversion", "1.0"),
                Map.entry("ce_id", ID.toString()),
                Map.entry("ce_source", "/yiwang/case-service"),
                Map.entry("ce_type", "yiwang.case.concluded.v1"),
                Map.entry("ce_time", "2026-03-02T06:30:00.123Z"),
                Map.entry("ce_subject", "case-42"),
                Map.entry("content-type", "application/json"),
                Map.entry("yiwang_region", "610102"));
    }

    @Test
    void theSameEventAlwaysGetsTheSameHeaders() {
        assertThat(text(CloudEventHeaders.of(event, "/yiwang/case-service")))
                .isEqualTo(text(CloudEventHeaders.of(event, "/yiwang/case-service")));
    }

    @Test
    void aTraceContextKeptByTheEventIsSentAsTraceparent() {
        IntegrationEvent traced = new Traced(event, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        assertThat(text(CloudEventHeaders.of(traced, "/yiwang/case-service")))
                .containsEntry("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(CloudEventHeaders.of(event, "/yiwang/case-service")).doesNotContainKey("traceparent");
    }

    @Test
    void aConsumerReadsBackWhatTheProducerWrote() {
        RecordHeaders kafkaHeaders = new RecordHeaders();
        CloudEventHeaders.of(event, "/yiwang/case-service").forEach((name, value) -> kafkaHeaders.add(name, (byte[]) value));

        ReceivedEvent received = CloudEventHeaders.read(kafkaHeaders);

        assertThat(received).isEqualTo(new ReceivedEvent(ID.toString(), "/yiwang/case-service",
                "yiwang.case.concluded.v1", "case-42", CONCLUDED, "application/json", "610102", null));
    }

    @Test
    void aRecordWithoutCloudEventsHeadersIsRefused() {
        RecordHeaders withoutId = new RecordHeaders();
        withoutId.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        withoutId.add("ce_source", "/yiwang/case-service".getBytes(StandardCharsets.UTF_8));
        withoutId.add("ce_type", "yiwang.case.concluded.v1".getBytes(StandardCharsets.UTF_8));

        assertThatIllegalArgumentException().isThrownBy(() -> CloudEventHeaders.read(new RecordHeaders()));
        assertThatIllegalArgumentException().isThrownBy(() -> CloudEventHeaders.read(withoutId))
                .withMessageContaining("ce_id");
    }

    @Test
    void anEventWithoutIdCannotBeSent() {
        CaseConcluded withoutId = new CaseConcluded(null, "case-42", "610102", CONCLUDED, "approved");

        assertThatIllegalArgumentException().isThrownBy(() -> CloudEventHeaders.of(withoutId, "/yiwang/case-service"));
    }

    private static Map<String, String> text(Map<String, Object> headers) {
        Map<String, String> text = new java.util.LinkedHashMap<>();
        headers.forEach((name, value) -> text.put(name, new String((byte[]) value, StandardCharsets.UTF_8)));
        return text;
    }

    private record Traced(CaseConcluded event, String traceparent) implements IntegrationEvent {
        public UUID eventId() { return event.eventId(); }
        public String aggregateId() { return event.aggregateId(); }
        public String type() { return event.type(); }
        public Instant occurredAt() { return event.occurredAt(); }
        public String regionCode() { return event.regionCode(); }
        public String topic() { return event.topic(); }
    }
}
