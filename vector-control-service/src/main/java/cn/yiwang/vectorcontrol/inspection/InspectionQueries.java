package cn.yiwang.vectorcontrol.inspection;

import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.vectorcontrol.inspection.domain.Inspection;
import cn.yiwang.vectorcontrol.inspection.domain.InspectionRepository;
import cn.yiwang.vectorcontrol.support.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Service
@Transactional(readOnly = true)
public class InspectionQueries {

    private final InspectionRepository inspections;
    private final Labels labels;
    private final Clock clock;

    InspectionQueries(InspectionRepository inspections, Labels labels, Clock clock) {
        this.inspections = inspections;
        this.labels = labels;
        this.clock = clock;
    }

    /** The inspecting department and the 爱卫办 of the region see an inspection. */
    public InspectionView inspection(Actor actor, UUID id) {
        Inspection inspection = inspections.findById(id)
                .orElseThrow(() -> ProblemException.notFound(labels.message("inspection.inspection"), id));
        actor.requireRegion(inspection.regionCode());
        boolean ownDepartment = actor.hasRole(Roles.INSPECTOR) && actor.orgCode() != null
                && actor.orgCode().equals(inspection.inspectorOrg());
        if (!ownDepartment && !actor.hasRole(Roles.AIWEI_OFFICER)) {
            throw ProblemException.forbidden("inspection.forbidden.other-department");
        }
        return InspectionView.of(inspection, LocalDate.now(clock));
    }

    /** Rectification orders past their deadline in the region (the 爱卫办's escalation list). */
    public List<InspectionView> overdue(Actor actor, String regionCode) {
        if (!actor.hasRole(Roles.AIWEI_OFFICER)) {
            throw ProblemException.forbidden("inspection.forbidden.not-aiwei");
        }
        String region = regionCode == null ? actor.regionCode() : regionCode;
        actor.requireRegion(region);
        LocalDate today = LocalDate.now(clock);
        return inspections.findOverdue(RegionCode.of(region).prefix() + "%", today).stream()
                .map(inspection -> InspectionView.of(inspection, today)).toList();
    }
}
