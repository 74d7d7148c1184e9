package cn.yiwang.vectorcontrol.complaint.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint from the 12345 hotline (Art. 32). It arrives with an open inspection task for the
 * region's 爱卫办 or supervising department; answering it records whether the complaint was
 * substantiated and the reply the hotline passes on to the citizen.
 */
@Table("complaint")
public class Complaint {

    @Id
    private final UUID id;
    private final String ticketId;
    private final String regionCode;
    private final String pest;
    private final String category;
    private final String address;
    private final String description;
    private final Instant receivedAt;
    private ComplaintStatus status;
    private UUID inspectionId;
    private Boolean substantiated;
    private String reply;
    private String answeredBy;
    private Instant answeredAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Complaint(UUID id, String ticketId, String regionCode, String pest, String category, String address,
              String description, Instant receivedAt, ComplaintStatus status, UUID inspectionId, Boolean substantiated,
              String reply, String answeredBy, Instant answeredAt, Integer version) {
        this.id = id;
        this.ticketId = ticketId;
        this.regionCode = regionCode;
        this.pest = pest;
        this.category = category;
        this.address = address;
        this.description = description;
        this.receivedAt = receivedAt;
        this.status = status;
        this.inspectionId = inspectionId;
        this.substantiated = substantiated;
        this.reply = reply;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
        this.version = version;
    }

    public static Complaint fromTicket(String ticketId, String regionCode, String pest, String category, String address,
                                       String description, Instant receivedAt) {
        return new Complaint(UUID.randomUUID(), ticketId, regionCode, pest, category, address, description, receivedAt,
                ComplaintStatus.RECEIVED, null, null, null, null, null, null);
    }

    /** Answers the complaint once; the reply is what the hotline tells the citizen. */
    public void answer(boolean substantiated, String reply, UUID inspectionId, String by, Instant now) {
        if (status == ComplaintStatus.ANSWERED) {
            throw new IllegalStateException("complaint " + id + " is already answered");
        }
        if (reply == null || reply.isBlank()) {
            throw new IllegalArgumentException("an answer to a complaint needs a reply for the citizen");
        }
        this.status = ComplaintStatus.ANSWERED;
        this.substantiated = substantiated;
        this.reply = reply;
        this.inspectionId = inspectionId;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    /** The inspection task is open until the complaint is answered. */
    public boolean inspectionTaskOpen() {
        return status == ComplaintStatus.RECEIVED;
    }

    public UUID id() {
        return id;
    }

    public String ticketId() {
        return ticketId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String pest() {
        return pest;
    }

    public String category() {
        return category;
    }

    public String address() {
        return address;
    }

    public String description() {
        return description;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public ComplaintStatus status() {
        return status;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public Boolean substantiated() {
        return substantiated;
    }

    public String reply() {
        return reply;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
