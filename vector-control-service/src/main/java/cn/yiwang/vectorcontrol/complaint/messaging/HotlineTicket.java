package cn.yiwang.vectorcontrol.complaint.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's own reader of {@code hotline.ticket.v1}: only the fields a complaint needs.
 * Unknown fields are ignored, so the hotline may add fields without breaking this reader.
 * ASSUMPTION: hotline-service has not published its example JSON yet; the field names follow the
 * Open311-like ticket of DOMAIN.md §7 and must be checked against the example when it lands.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HotlineTicket(String ticketId, String category, String regionCode, String address, String description) {
}
