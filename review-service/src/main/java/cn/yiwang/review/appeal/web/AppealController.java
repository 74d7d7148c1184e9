package cn.yiwang.review.appeal.web;

import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import cn.yiwang.review.appeal.AppealView;
import cn.yiwang.review.appeal.Appeals;
import cn.yiwang.review.appeal.domain.AppealReason;
import cn.yiwang.review.appeal.domain.AppealStatus;
import cn.yiwang.review.support.PageOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** {@code /api/v1/reviews/appeals}: file an appeal against an evaluation, list, decide. */
@RestController
@RequestMapping("${yiwang.api.base-path}")
public class AppealController {

    private final Appeals appeals;

    public AppealController(Appeals appeals) {
        this.appeals = appeals;
    }

    /** @param evidence references to the evidence (recording ids, document ids, links); at least one */
    public record AppealRequest(@NotNull AppealReason reason, @Size(max = 4000) String statement,
                                @NotEmpty @Size(max = 20) List<@Size(max = 500) String> evidence) {
    }

    public record DecisionRequest(@NotNull Boolean upheld, @Size(max = 4000) String note) {
    }

    @PostMapping("/evaluations/{evaluationId}/appeals")
    @ResponseStatus(HttpStatus.CREATED)
    @CallableBy({Roles.DEPT_ADMIN, Roles.EVALUATION_OFFICER})
    @PreAuthorize("hasAnyRole('dept-admin', 'evaluation-officer')")
    public AppealView file(@PathVariable UUID evaluationId, @Valid @RequestBody AppealRequest request, Actor actor) {
        return appeals.file(actor, evaluationId, request.reason(), request.statement(), request.evidence());
    }

    @GetMapping("/appeals")
    @PreAuthorize("hasAnyRole('dept-admin', 'evaluation-officer', 'window-clerk', 'supervisor')")
    public PageOf<AppealView> list(@RequestParam(required = false) AppealStatus status,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size, Actor actor) {
        return appeals.list(actor, status, page, size);
    }

    @PostMapping("/appeals/{id}/decision")
    @CallableBy(Roles.SUPERVISOR)
    @PreAuthorize("hasRole('supervisor')")
    public AppealView decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request, Actor actor) {
        return appeals.decide(actor, id, request.upheld(), request.note());
    }
}
