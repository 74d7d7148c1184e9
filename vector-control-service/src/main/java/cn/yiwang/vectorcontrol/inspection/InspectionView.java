package cn.yiwang.vectorcontrol.inspection;

import cn.yiwang.vectorcontrol.inspection.domain.Inspection;
import cn.yiwang.vectorcontrol.inspection.domain.InspectionStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An inspection and its rectification order as the API shows them. */
public record InspectionView(UUID id, UUID placeId, String regionCode, String department, LocalDate inspectedOn,
                             UUID complaintId, List<FindingLine> findings, InspectionStatus status,
                             LocalDate rectificationDeadline, boolean overdue, int reinspections, LocalDate closedOn,
                             Instant escalatedAt) {

    static InspectionView of(Inspection inspection, LocalDate today) {
        return new InspectionView(inspection.id(), inspection.placeId(), inspection.regionCode(), inspection.department(),
                inspection.inspectedOn(), inspection.complaintId(),
                inspection.findings().stream().map(f -> new FindingLine(f.subject(), f.description())).toList(),
                inspection.status(),
                inspection.rectificationDeadline(), inspection.overdueOn(today), inspection.reinspections(),
                inspection.closedOn(), inspection.escalatedAt());
    }
}
