package cn.yiwang.review.workorder.web;

import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import cn.yiwang.review.evaluation.domain.Level;
import cn.yiwang.review.support.PageOf;
import cn.yiwang.review.workorder.RectificationView;
import cn.yiwang.review.workorder.WorkOrderView;
import cn.yiwang.review.workorder.WorkOrders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** {@code /api/v1/reviews/work-orders}: the rectification loop of a negative evaluation, step by step. */
@RestController
@RequestMapping("${yiwang.api.base-path}")
public class WorkOrderController {

    private static final String STAFF = "hasAnyRole('dept-admin', 'evaluation-officer', 'window-clerk', 'supervisor')";

    private final WorkOrders workOrders;

    public WorkOrderController(WorkOrders workOrders) {
        this.workOrders = workOrders;
    }

    public record StepRequest(@NotBlank @Size(max = 4000) String text) {
    }

    public record ReturnVisitRequest(@NotNull Level satisfaction, @Size(max = 4000) String note) {
    }

    @GetMapping("/work-orders")
    @PreAuthorize(STAFF)
    public PageOf<WorkOrderView> list(@RequestParam(defaultValue = "false") boolean open,
                                      @RequestParam(defaultValue = "false") boolean escalated,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size, Actor actor) {
        return workOrders.list(actor, open, escalated, page, size);
    }

    @GetMapping("/work-orders/{id}")
    @PreAuthorize(STAFF)
    public WorkOrderView get(@PathVariable UUID id, Actor actor) {
        return workOrders.get(actor, id);
    }

    /** The evaluator (or anyone who may see the evaluation) follows what was done about it. */
    @GetMapping("/evaluations/{evaluationId}/rectification")
    public RectificationView rectificationOf(@PathVariable UUID evaluationId, Actor actor) {
        return workOrders.forEvaluation(actor, evaluationId);
    }

    /** 核实 */
    @PostMapping("/work-orders/{id}/verification")
    @CallableBy({Roles.DEPT_ADMIN, Roles.EVALUATION_OFFICER, Roles.WINDOW_CLERK, Roles.SUPERVISOR})
    @PreAuthorize(STAFF)
    public WorkOrderView verify(@PathVariable UUID id, @Valid @RequestBody StepRequest request, Actor actor) {
        return workOrders.verify(actor, id, request.text());
    }

    /** 整改: what was done. */
    @PostMapping("/work-orders/{id}/rectification")
    @CallableBy({Roles.DEPT_ADMIN, Roles.EVALUATION_OFFICER, Roles.WINDOW_CLERK, Roles.SUPERVISOR})
    @PreAuthorize(STAFF)
    public WorkOrderView rectify(@PathVariable UUID id, @Valid @RequestBody StepRequest request, Actor actor) {
        return workOrders.rectify(actor, id, request.text());
    }

    /** 答复 to the evaluator. */
    @PostMapping("/work-orders/{id}/reply")
    @CallableBy({Roles.DEPT_ADMIN, Roles.EVALUATION_OFFICER, Roles.WINDOW_CLERK, Roles.SUPERVISOR})
    @PreAuthorize(STAFF)
    public WorkOrderView reply(@PathVariable UUID id, @Valid @RequestBody StepRequest request, Actor actor) {
        return workOrders.reply(actor, id, request.text());
    }

    /** 回访 with the evaluator's satisfaction. */
    @PostMapping("/work-orders/{id}/return-visit")
    @CallableBy({Roles.DEPT_ADMIN, Roles.EVALUATION_OFFICER, Roles.WINDOW_CLERK, Roles.SUPERVISOR})
    @PreAuthorize(STAFF)
    public WorkOrderView returnVisit(@PathVariable UUID id, @Valid @RequestBody ReturnVisitRequest request, Actor actor) {
        return workOrders.recordReturnVisit(actor, id, request.satisfaction(), request.note());
    }
}
