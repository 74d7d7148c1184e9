package cn.yiwang.certificate.issuance.messaging;

import cn.yiwang.certificate.issuance.messaging.CertificateEventsV1.CertificateCorrected;
import cn.yiwang.certificate.issuance.messaging.CertificateEventsV1.CertificateIssued;
import cn.yiwang.certificate.issuance.messaging.CertificateEventsV1.CertificateRevoked;
import cn.yiwang.certificate.issuance.messaging.CertificateEventsV1.CertificateSuspended;
import cn.yiwang.common.events.EventNames;
import cn.yiwang.common.events.IntegrationEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example payloads in {@code contracts/events/} are exactly what the event records serialise
 * to, so consumers that test their readers against the examples read what is really sent.
 */
class EventContractsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HASH = "3f5a0c2e9b7d41a68e2c5b90d1f47a3c6e8b2d4f0a1c3e5b7d9f1a2c4e6b8d0f";
    static final String V1 = "1.2.156.3005.2.111000000000000052001.11610326MB1234567A.20260000001.001.H";
    static final String V2 = "1.2.156.3005.2.111000000000000052001.11610326MB1234567A.20260000001.002.F";

    @Test
    void theIssuedExampleIsWhatAnIssueFromACaseProduces() throws IOException {
        CertificateIssued issued = new CertificateIssued(UUID.fromString("6f1c1a0e-2b7d-4c39-9a57-4f0f3f0f6a01"), V1,
                "111000000000000052001", "11610326MB1234567A", "111", HASH, LocalDate.of(2026, 11, 22),
                LocalDate.of(2036, 11, 21), "610326-2026-000042", "5b0e7f0c-2f0a-4a4b-9a0e-0c1d2e3f4a5b", false, "610326", Instant.parse("2026-11-22T01:30:00Z"));

        assertMatchesExample(issued, "certificate.issued.json", "yiwang.certificate.issued.v1");
        assertThat(issued.aggregateId()).isEqualTo("111000000000000052001.11610326MB1234567A.20260000001");
    }

    @Test
    void theRevokedSuspendedAndCorrectedExamplesAreWhatTheRecordsProduce() throws IOException {
        assertMatchesExample(new CertificateRevoked(UUID.fromString("6f1c1a0e-2b7d-4c39-9a57-4f0f3f0f6a02"), V2, "REVOKED", "03",
                "学位被撤销", HASH, "610326", Instant.parse("2026-11-22T03:00:00Z")), "certificate.revoked.json", CertificateRevoked.TYPE);
        assertMatchesExample(new CertificateSuspended(UUID.fromString("6f1c1a0e-2b7d-4c39-9a57-4f0f3f0f6a03"), V2, true,
                "学位授予单位核查中", HASH, "610326", Instant.parse("2026-11-22T02:30:00Z")), "certificate.suspended.json",
                CertificateSuspended.TYPE);
        assertMatchesExample(new CertificateCorrected(UUID.fromString("6f1c1a0e-2b7d-4c39-9a57-4f0f3f0f6a04"), V2, V1, 2,
                "学科门类录入错误", HASH, "610326", Instant.parse("2026-11-22T02:00:00Z")), "certificate.corrected.json",
                CertificateCorrected.TYPE);
    }

    @Test
    void everyVersionOfACertificateIsOneAggregateOnTheCertificateTopic() {
        CertificateCorrected corrected = new CertificateCorrected(UUID.randomUUID(), V2, V1, 2, "r", HASH, "610326", Instant.now());

        assertThat(corrected.aggregateId()).isEqualTo("111000000000000052001.11610326MB1234567A.20260000001");
        assertThat(corrected.topic()).isEqualTo("certificate.certificate.v1");
        assertThat(EventNames.isTopic(corrected.topic())).isTrue();
    }

    static JsonNode example(String file) throws IOException {
        try (InputStream in = EventContractsTest.class.getResourceAsStream("/contracts/events/" + file)) {
            return JSON.readTree(in);
        }
    }

    private static void assertMatchesExample(IntegrationEvent event, String file, String type) throws IOException {
        assertThat(JSON.valueToTree(event).equals(example(file))).as("%s matches %s", event.getClass().getSimpleName(), file)
                .isTrue();
        assertThat(event.type()).isEqualTo(type);
        assertThat(event.eventId()).isNotNull();
    }
}
