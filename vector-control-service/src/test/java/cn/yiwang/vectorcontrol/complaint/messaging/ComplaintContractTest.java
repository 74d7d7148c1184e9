package cn.yiwang.vectorcontrol.complaint.messaging;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The example of {@code vectorcontrol.complaint.v1} is exactly what the service produces for it. */
class ComplaintContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theExampleAnswerIsWhatAnsweringTheMarketComplaintProduces() throws Exception {
        ComplaintAnswered answered = new ComplaintAnswered(UUID.fromString("7d0e9c3a-5b1f-4a8e-9f2d-1c6b3a4e5f60"),
                UUID.fromString("2a4c6e80-1b3d-4f5a-8c7e-9d0f1a2b3c4d"), "12345-20260506-000123", "610326", "RAT", true,
                "经现场核查，该市场后厨存在鼠迹，已责令整改并于期限内复查合格。", "aiwei-mei",
                UUID.fromString("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"), Instant.parse("2026-05-10T06:30:00Z"));

        try (InputStream example = getClass().getResourceAsStream("/contracts/events/vectorcontrol.complaint.v1.json")) {
            assertThat(JSON.readTree(JSON.writeValueAsString(answered))).isEqualTo(JSON.readTree(example));
        }
        assertThat(answered.topic()).isEqualTo("vectorcontrol.complaint.v1");
        assertThat(answered.aggregateId()).isEqualTo("2a4c6e80-1b3d-4f5a-8c7e-9d0f1a2b3c4d");
    }
}
