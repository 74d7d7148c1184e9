package cn.yiwang.vectorcontrol.inspection.web;

import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import cn.yiwang.vectorcontrol.inspection.InspectionCommands;
import cn.yiwang.vectorcontrol.inspection.InspectionQueries;
import cn.yiwang.vectorcontrol.inspection.InspectionView;
import cn.yiwang.vectorcontrol.inspection.FindingLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Inspections (Art. 30), rectification orders and re-inspections (Art. 31). */
@RestController
@RequestMapping("${yiwang.api.base-path}")
class InspectionController {

    private final InspectionCommands commands;
    private final InspectionQueries queries;

    InspectionController(InspectionCommands commands, InspectionQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record FindingRequest(@NotBlank @Size(max = 60) String subject, @NotBlank @Size(max = 500) String description) {
    }

    record InspectRequest(@NotNull UUID placeId, @NotNull LocalDate inspectedOn, @NotNull List<@Valid FindingRequest> findings,
                          LocalDate rectificationDeadline, Integer rectificationWorkingDays, UUID complaintId) {
    }

    record ReinspectRequest(boolean passed, LocalDate newDeadline, Integer newDeadlineWorkingDays) {
    }

    @PostMapping("/inspections")
    @CallableBy(value = Roles.INSPECTOR, detail = "inspection.forbidden.not-inspector")
    @ResponseStatus(HttpStatus.CREATED)
    InspectionView inspect(@Valid @RequestBody InspectRequest request, Actor actor) {
        return commands.inspect(actor, request.placeId(), request.inspectedOn(),
                request.findings().stream().map(f -> new FindingLine(f.subject(), f.description())).toList(),
                request.rectificationDeadline(), request.rectificationWorkingDays(), request.complaintId());
    }

    @GetMapping("/inspections/{id}")
    InspectionView inspection(@PathVariable UUID id, Actor actor) {
        return queries.inspection(actor, id);
    }

    @PostMapping("/inspections/{id}/reinspections")
    @CallableBy(value = Roles.INSPECTOR, detail = "inspection.forbidden.other-department")
    InspectionView reinspect(@PathVariable UUID id, @Valid @RequestBody ReinspectRequest request, Actor actor) {
        return commands.reinspect(actor, id, request.passed(), request.newDeadline(), request.newDeadlineWorkingDays());
    }

    /** Rectification orders past their deadline in the region: the 爱卫办's escalation list. */
    @GetMapping("/rectification-orders/overdue")
    List<InspectionView> overdue(@RequestParam(required = false) String region, Actor actor) {
        return queries.overdue(actor, region);
    }
}
