package cn.yiwang.vectorcontrol.complaint.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Map;

/**
 * This service's own reader of {@code ticket.dispatched} on {@code hotline.ticket.v1}: only the
 * fields a complaint needs (hotline-service's example: contracts/events/ticket.dispatched.json).
 * Unknown fields are ignored, so the hotline may add fields without breaking this reader.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HotlineTicket(String ticketId, String regionCode, String categoryCode, String vectorSpecies,
                            String description, String location) {

    /** The hotline's species codes (its vector categories) → this service's pests. */
    private static final Map<String, String> PESTS = Map.of("RATS", "RAT", "MOSQUITOES", "MOSQUITO", "FLIES", "FLY",
            "COCKROACHES", "COCKROACH");

    /** The pest of a vector-category ticket; null for any other ticket, which is not ours. */
    public String pest() {
        return vectorSpecies == null ? null : PESTS.get(vectorSpecies);
    }
}
