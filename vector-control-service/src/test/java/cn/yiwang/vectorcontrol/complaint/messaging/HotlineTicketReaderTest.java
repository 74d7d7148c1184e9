package cn.yiwang.vectorcontrol.complaint.messaging;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * This service's reader of {@code ticket.dispatched} reads hotline-service's own example (the
 * producer's contract file in the same repository), so a change there fails here first.
 */
class HotlineTicketReaderTest {

    private static final Path EXAMPLE = Path.of("../hotline-service/src/main/resources/contracts/events/ticket.dispatched.json");

    @Test
    void theHotlinesDispatchExampleReadsAsARatComplaintInMeiCounty() throws Exception {
        HotlineTicket ticket = JsonMapper.builder().build().readValue(Files.readString(EXAMPLE), HotlineTicket.class);

        assertThat(ticket.ticketId()).isEqualTo("6a4c0f2e-8d7b-4f1a-b3c5-1e2d3f4a5b6c");
        assertThat(ticket.regionCode()).isEqualTo("610326");
        assertThat(ticket.pest()).isEqualTo("RAT");
        assertThat(ticket.location()).isEqualTo("眉县首善镇中街农贸市场东门");
    }

    @Test
    void aTicketWithoutAVectorSpeciesIsNotAComplaintHere() {
        assertThat(new HotlineTicket("t", "610326", "env.noise", null, "噪声扰民", "x").pest()).isNull();
    }
}
