package cn.yiwang.vectorcontrol.inspection.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One inspection of a place by its supervising department (Art. 30). Findings oblige the
 * department to order rectification by a deadline (Art. 31); only a passing re-inspection closes
 * the order. An order still open after its deadline is escalated once to the 爱卫办.
 */
@Table("inspection")
public class Inspection {

    @Id
    private final UUID id;
    private final UUID placeId;
    private final String regionCode;
    private final String department;
    private final String inspectorOrg;
    private final String inspectedBy;
    private final LocalDate inspectedOn;
    private final UUID complaintId;
    @MappedCollection(idColumn = "inspection_id", keyColumn = "position")
    private final List<Finding> findings;
    private InspectionStatus status;
    private LocalDate rectificationDeadline;
    private int reinspections;
    private LocalDate closedOn;
    private Instant escalatedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Inspection(UUID id, UUID placeId, String regionCode, String department, String inspectorOrg, String inspectedBy,
               LocalDate inspectedOn, UUID complaintId, List<Finding> findings, InspectionStatus status,
               LocalDate rectificationDeadline, int reinspections, LocalDate closedOn, Instant escalatedAt,
               Integer version) {
        this.id = id;
        this.placeId = placeId;
        this.regionCode = regionCode;
        this.department = department;
        this.inspectorOrg = inspectorOrg;
        this.inspectedBy = inspectedBy;
        this.inspectedOn = inspectedOn;
        this.complaintId = complaintId;
        this.findings = findings == null ? new ArrayList<>() : new ArrayList<>(findings);
        this.status = status;
        this.rectificationDeadline = rectificationDeadline;
        this.reinspections = reinspections;
        this.closedOn = closedOn;
        this.escalatedAt = escalatedAt;
        this.version = version;
    }

    /**
     * Records an inspection. With findings a deadline on or after the inspection day is required
     * and the place is ordered to rectify; without findings the inspection passes.
     */
    public static Inspection record(UUID placeId, String regionCode, String department, String inspectorOrg,
                                    String inspectedBy, LocalDate inspectedOn, UUID complaintId, List<Finding> findings,
                                    LocalDate deadline) {
        boolean found = findings != null && !findings.isEmpty();
        if (found && (deadline == null || deadline.isBefore(inspectedOn))) {
            throw new IllegalArgumentException("findings need a rectification deadline on or after the inspection");
        }
        return new Inspection(UUID.randomUUID(), placeId, regionCode, department, inspectorOrg, inspectedBy, inspectedOn,
                complaintId, found ? findings : List.of(), found ? InspectionStatus.RECTIFICATION_ORDERED : InspectionStatus.PASSED,
                found ? deadline : null, 0, found ? null : inspectedOn, null, null);
    }

    /**
     * A re-inspection: passing closes the order; failing keeps it open with {@code newDeadline}
     * (on or after the re-inspection), and a new deadline lifts the escalation so a later miss is
     * escalated again.
     */
    public void reinspect(boolean passed, LocalDate on, LocalDate newDeadline) {
        if (status != InspectionStatus.RECTIFICATION_ORDERED) {
            throw new IllegalStateException("inspection " + id + " has no open rectification order");
        }
        reinspections++;
        if (passed) {
            status = InspectionStatus.CLOSED;
            closedOn = on;
            return;
        }
        if (newDeadline == null || newDeadline.isBefore(on)) {
            throw new IllegalArgumentException("a failed re-inspection needs a new deadline on or after it");
        }
        rectificationDeadline = newDeadline;
        escalatedAt = null;
    }

    public boolean overdueOn(LocalDate today) {
        return status == InspectionStatus.RECTIFICATION_ORDERED && today.isAfter(rectificationDeadline);
    }

    /** Escalates an overdue order once; answers whether this call escalated it. */
    public boolean escalateIfOverdue(LocalDate today, Instant now) {
        if (!overdueOn(today) || escalatedAt != null) {
            return false;
        }
        escalatedAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID placeId() {
        return placeId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String department() {
        return department;
    }

    public String inspectorOrg() {
        return inspectorOrg;
    }

    public LocalDate inspectedOn() {
        return inspectedOn;
    }

    public UUID complaintId() {
        return complaintId;
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public InspectionStatus status() {
        return status;
    }

    public LocalDate rectificationDeadline() {
        return rectificationDeadline;
    }

    public int reinspections() {
        return reinspections;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    /** What the inspector found: which pest or facility, and what exactly. */
    @Table("inspection_finding")
    public record Finding(String subject, String description) {
    }
}
