package cn.yiwang.vectorcontrol.inspection;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.vectorcontrol.inspection.domain.Inspection;
import cn.yiwang.vectorcontrol.inspection.domain.InspectionRepository;
import cn.yiwang.vectorcontrol.place.PlaceQueries;
import cn.yiwang.vectorcontrol.place.PlaceView;
import cn.yiwang.vectorcontrol.support.Labels;
import cn.yiwang.vectorcontrol.support.WorkingDayDeadlines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Inspections and rectification orders (Art. 30–31) by the place's supervising department. */
@Service
public class InspectionCommands {

    private final InspectionRepository inspections;
    private final PlaceQueries places;
    private final Labels labels;
    private final Clock clock;
    private final WorkingDayDeadlines deadlines;

    InspectionCommands(InspectionRepository inspections, PlaceQueries places, Labels labels, Clock clock,
                       WorkingDayDeadlines deadlines) {
        this.deadlines = deadlines;
        this.inspections = inspections;
        this.places = places;
        this.labels = labels;
        this.clock = clock;
    }

    /**
     * An inspector records an inspection of a place of their department's domain and region (the
     * place query enforces both); findings order rectification by the deadline.
     */
    @Transactional
    public InspectionView inspect(Actor actor, UUID placeId, LocalDate inspectedOn, List<FindingLine> findings,
                                  LocalDate deadlineDate, Integer workingDays, UUID complaintId) {
        LocalDate deadline = deadlines.resolve("rectificationDeadline", deadlineDate, workingDays, inspectedOn);
        if (!actor.hasRole(Roles.INSPECTOR)) {
            throw ProblemException.forbidden("inspection.forbidden.not-inspector");
        }
        PlaceView place = places.place(actor, placeId);
        LocalDate today = LocalDate.now(clock);
        if (inspectedOn.isAfter(today)) {
            throw ProblemException.unprocessable(List.of(violation("inspectedOn", "inspected-in-future")));
        }
        if (!findings.isEmpty() && (deadline == null || deadline.isBefore(inspectedOn))) {
            throw ProblemException.unprocessable(List.of(violation("rectificationDeadline", "rectification-deadline-required")));
        }
        Inspection inspection = Inspection.record(placeId, place.regionCode(), place.supervisingDepartment().name(),
                actor.orgCode(), actor.subject(), inspectedOn, complaintId,
                findings.stream().map(f -> new Inspection.Finding(f.subject(), f.description())).toList(), deadline);
        return InspectionView.of(inspections.save(inspection), today);
    }

    /** Re-inspection by the department that ordered the rectification. */
    @Transactional
    public InspectionView reinspect(Actor actor, UUID inspectionId, boolean passed, LocalDate newDeadlineDate,
                                    Integer workingDays) {
        LocalDate newDeadline = deadlines.resolve("newDeadline", newDeadlineDate, workingDays, LocalDate.now(clock));
        Inspection inspection = inspections.findById(inspectionId)
                .orElseThrow(() -> ProblemException.notFound(labels.message("inspection.inspection"), inspectionId));
        if (!actor.hasRole(Roles.INSPECTOR) || actor.orgCode() == null || !actor.orgCode().equals(inspection.inspectorOrg())) {
            throw ProblemException.forbidden("inspection.forbidden.other-department");
        }
        actor.requireRegion(inspection.regionCode());
        LocalDate today = LocalDate.now(clock);
        if (!passed && (newDeadline == null || newDeadline.isBefore(today))) {
            throw ProblemException.unprocessable(List.of(violation("newDeadline", "new-deadline-required")));
        }
        try {
            inspection.reinspect(passed, today, newDeadline);
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("inspection.no-open-order", inspectionId);
        }
        return InspectionView.of(inspections.save(inspection), today);
    }

    private Violation violation(String field, String code) {
        return new Violation(field, code, labels.message("violation." + code));
    }
}
