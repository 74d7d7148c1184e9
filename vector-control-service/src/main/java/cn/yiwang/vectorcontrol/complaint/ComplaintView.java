package cn.yiwang.vectorcontrol.complaint;

import cn.yiwang.vectorcontrol.complaint.domain.Complaint;
import cn.yiwang.vectorcontrol.complaint.domain.ComplaintStatus;

import java.time.Instant;
import java.util.UUID;

/** A complaint as the API shows it. */
public record ComplaintView(UUID id, String ticketId, String regionCode, String pest, String address, String description,
                            Instant receivedAt, ComplaintStatus status, boolean inspectionTaskOpen, UUID inspectionId,
                            Boolean substantiated, String reply, Instant answeredAt) {

    static ComplaintView of(Complaint complaint) {
        return new ComplaintView(complaint.id(), complaint.ticketId(), complaint.regionCode(), complaint.pest(),
                complaint.address(), complaint.description(), complaint.receivedAt(), complaint.status(),
                complaint.inspectionTaskOpen(), complaint.inspectionId(), complaint.substantiated(), complaint.reply(),
                complaint.answeredAt());
    }
}
