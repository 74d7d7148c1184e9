package cn.yiwang.vectorcontrol.complaint.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint from the 12345 hotline (Art. 32). It arrives as an inspection task with a deadline,
 * assigned to the supervising department of the place it concerns (Art. 5) or, while that is not
 * known, to the region's 爱卫办 ({@link #AIWEI}), which may reassign it; answering it records whether
 * the complaint was substantiated and the reply the hotline passes on to the citizen.
 */
@Table("complaint")
public class Complaint {

    /** The assignee code of the region's patriotic-health office (爱卫办), which coordinates complaints. */
    public static final String AIWEI = "AIWEI";

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
    private String assignedDepartment;
    private String assignedOrgCode;
    private UUID placeId;
    private Instant taskDueAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Complaint(UUID id, String ticketId, String regionCode, String pest, String category, String address,
              String description, Instant receivedAt, ComplaintStatus status, UUID inspectionId, Boolean substantiated,
              String reply, String answeredBy, Instant answeredAt, String assignedDepartment, String assignedOrgCode,
              UUID placeId, Instant taskDueAt, Integer version) {
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
        this.assignedDepartment = assignedDepartment;
        this.assignedOrgCode = assignedOrgCode;
        this.placeId = placeId;
        this.taskDueAt = taskDueAt;
        this.version = version;
    }

    /**
     * A complaint with its inspection task: assigned to {@code department} (a supervising department
     * of Art. 5, or {@link #AIWEI}) and due at {@code taskDueAt} (working days on the official calendar).
     */
    public static Complaint fromTicket(String ticketId, String regionCode, String pest, String category, String address,
                                       String description, Instant receivedAt, String department, String orgCode,
                                       UUID placeId, Instant taskDueAt) {
        return new Complaint(UUID.randomUUID(), ticketId, regionCode, pest, category, address, description, receivedAt,
                ComplaintStatus.RECEIVED, null, null, null, null, null, department == null ? AIWEI : department, orgCode,
                placeId, taskDueAt, null);
    }

    /** The 爱卫办 hands the open task to the department supervising the place; the deadline stays. */
    public void assignTo(String department, String orgCode, UUID place) {
        if (!inspectionTaskOpen()) {
            throw new IllegalStateException("complaint " + id + " is already answered");
        }
        this.assignedDepartment = department == null ? AIWEI : department;
        this.assignedOrgCode = orgCode;
        this.placeId = place;
    }

    /** Whether the open task is past its deadline. */
    public boolean overdue(Instant now) {
        return inspectionTaskOpen() && taskDueAt != null && !now.isBefore(taskDueAt);
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

    public String assignedDepartment() {
        return assignedDepartment;
    }

    public String assignedOrgCode() {
        return assignedOrgCode;
    }

    public UUID placeId() {
        return placeId;
    }

    public Instant taskDueAt() {
        return taskDueAt;
    }
}
