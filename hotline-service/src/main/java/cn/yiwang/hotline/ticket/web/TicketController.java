package cn.yiwang.hotline.ticket.web;

import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import cn.yiwang.hotline.ticket.TicketCommands;
import cn.yiwang.hotline.ticket.TicketQueries;
import cn.yiwang.hotline.ticket.TicketView;
import cn.yiwang.hotline.ticket.domain.Channel;
import cn.yiwang.hotline.ticket.domain.JointSide;
import cn.yiwang.hotline.ticket.domain.Satisfaction;
import cn.yiwang.hotline.ticket.domain.TicketType;
import cn.yiwang.hotline.ticket.domain.Urgency;
import cn.yiwang.hotline.triage.EmergencyLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Tickets under {@code /api/v1/hotline/tickets}: intake from every channel and each step of the
 * flow as its own POST, so that every step is authorised and recorded on its own.
 */
@RestController
@RequestMapping("${yiwang.api.base-path}/tickets")
public class TicketController {

    private static final String CENTRE = "hasAnyRole('hotline-agent', 'hotline-dispatcher')";
    private static final String DEPARTMENT = "hasRole('dept-admin')";

    private final TicketCommands commands;
    private final TicketQueries queries;

    public TicketController(TicketCommands commands, TicketQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public record IntakeRequest(Channel channel, @NotNull TicketType type, @NotBlank String categoryCode,
                                @NotBlank String regionCode, @Size(max = 300) String location,
                                @DecimalMin("-90") @DecimalMax("90") Double latitude,
                                @DecimalMin("-180") @DecimalMax("180") Double longitude,
                                @NotBlank @Size(max = 4000) String description, Urgency urgency,
                                @Size(max = 500) String mediaUrl, @Size(max = 64) String externalRef,
                                @Valid CallerRequest caller) {
    }

    public record CallerRequest(@Size(max = 50) String name, @Size(max = 20) String phone, @Size(max = 200) String address) {
    }

    public record AnswerRequest(@NotBlank @Size(max = 4000) String answer) {
    }

    public record DispatchRequest(String leadOrgCode, List<String> assistingOrgCodes) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    public record OwnershipRequest(@NotBlank String leadOrgCode, List<String> assistingOrgCodes,
                                   @NotBlank @Size(max = 1000) String reason) {
    }

    public record ExtensionRequest(@Positive @Max(60) int additional, @NotBlank @Size(max = 1000) String reason) {
    }

    public record ExtensionDecision(boolean approve, @Size(max = 1000) String reason) {
    }

    public record NoteRequest(@Size(max = 1000) String note) {
    }

    public record ReplyRequest(@NotBlank @Size(max = 4000) String reply) {
    }

    public record ReturnVisitRequest(@NotNull Satisfaction satisfaction, Boolean resolved, @Size(max = 1000) String note) {
    }

    public record TransferRequest(@NotNull EmergencyLine line, @NotBlank @Size(max = 64) String reference) {
    }

    /** 110's reference number; may be left out for a matter 110 handed over (its number is known). */
    public record JointRequest(@Size(max = 64) String policeReference) {
    }

    public record JointProgressRequest(@NotNull JointSide side, @NotBlank @Size(max = 1000) String note, Boolean done) {
    }

    public record MergeRequest(@NotBlank String primaryTicketId) {
    }

    /**
     * Intake: 201 with the new ticket. Apps and partner systems, which retry, send an {@code Idempotency-Key}
     * (8–255 visible ASCII characters): a retry with the same key answers 200 with the ticket filed first, the
     * same key with a different request 422. Without a key every call files a ticket.
     */
    @PostMapping
    @CallableBy({Roles.HOTLINE_AGENT, Roles.HOTLINE_DISPATCHER, Roles.CITIZEN, Roles.ENTERPRISE, Roles.PARTNER_SYSTEM})
    @PreAuthorize("hasAnyRole('hotline-agent', 'hotline-dispatcher', 'citizen', 'enterprise', 'partner-system')")
    public ResponseEntity<TicketCommands.IntakeResult> register(
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody IntakeRequest request, Actor actor) {
        CallerRequest caller = request.caller() == null ? new CallerRequest(null, null, null) : request.caller();
        TicketCommands.Registered registered = commands.register(actor, idempotencyKey, new TicketCommands.NewTicket(
                request.channel(), request.type(), request.categoryCode(), request.regionCode(), request.location(),
                request.latitude(), request.longitude(), request.description(), request.urgency(), request.mediaUrl(),
                request.externalRef(), caller.name(), caller.phone(), caller.address()));
        return ResponseEntity.status(registered.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(registered.result());
    }

    @GetMapping
    public TicketQueries.Page<TicketQueries.TicketSummary> list(@RequestParam(required = false) String status,
                                                                @RequestParam(required = false) String category,
                                                                @RequestParam(required = false) String region,
                                                                @RequestParam(required = false) String leadOrg,
                                                                @RequestParam(required = false) Boolean overdue,
                                                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                                                Actor actor) {
        return queries.list(actor, new TicketQueries.Filter(status, category, region, leadOrg, overdue), page, size);
    }

    @GetMapping("/{id}")
    public TicketView get(@PathVariable String id, Actor actor) {
        return queries.get(actor, id);
    }

    @GetMapping("/{id}/duplicates")
    @PreAuthorize(CENTRE)
    public List<TicketQueries.TicketSummary> duplicates(@PathVariable String id, Actor actor) {
        return queries.duplicateCandidates(queries.visible(actor, id));
    }

    @PostMapping("/{id}/answer")
    @CallableBy({Roles.HOTLINE_AGENT, Roles.HOTLINE_DISPATCHER})
    @PreAuthorize(CENTRE)
    public TicketView answer(@PathVariable String id, @Valid @RequestBody AnswerRequest request, Actor actor) {
        return commands.answer(actor, id, request.answer());
    }

    @PostMapping("/{id}/dispatch")
    @CallableBy({Roles.HOTLINE_AGENT, Roles.HOTLINE_DISPATCHER})
    @PreAuthorize(CENTRE)
    public TicketView dispatch(@PathVariable String id, @RequestBody(required = false) DispatchRequest request, Actor actor) {
        DispatchRequest body = request == null ? new DispatchRequest(null, null) : request;
        return commands.dispatch(actor, id, body.leadOrgCode(), body.assistingOrgCodes());
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize(DEPARTMENT)
    public TicketView accept(@PathVariable String id, Actor actor) {
        return commands.accept(actor, id);
    }

    @PostMapping("/{id}/return")
    @CallableBy(Roles.DEPT_ADMIN)
    @PreAuthorize(DEPARTMENT)
    public TicketView returnToCentre(@PathVariable String id, @Valid @RequestBody ReasonRequest request, Actor actor) {
        return commands.returnToCentre(actor, id, request.reason());
    }

    @PostMapping("/{id}/reassign")
    @CallableBy({Roles.HOTLINE_AGENT, Roles.HOTLINE_DISPATCHER})
    @PreAuthorize(CENTRE)
    public TicketView reassign(@PathVariable String id, @RequestBody DispatchRequest request, Actor actor) {
        return commands.reassign(actor, id, request.leadOrgCode(), request.assistingOrgCodes());
    }

    @PostMapping("/{id}/ownership")
    @CallableBy({Roles.HOTLINE_AGENT, Roles.HOTLINE_DISPATCHER})
    @PreAuthorize(CENTRE)
    public TicketView decideOwnership(@PathVariable String id, @Valid @RequestBody OwnershipRequest request, Actor actor) {
        return commands.decideOwnership(actor, id, request.leadOrgCode(), request.assistingOrgCodes(), request.reason());
    }

    @PostMapping("/{id}/extension")
    @CallableBy(Roles.DEPT_ADMIN)
    @PreAuthorize(DEPARTMENT)
    public TicketView requestExtension(@PathVariable String id, @Valid @RequestBody ExtensionRequest request, Actor actor) {
        return commands.requestExtension(actor, id, request.additional(), request.reason());
    }

    @PostMapping("/{id}/extension/decision")
    @CallableBy({Roles.HOTLINE_DISPATCHER, Roles.SUPERVISOR})
    @PreAuthorize("hasAnyRole('hotline-dispatcher', 'supervisor')")
    public TicketView decideExtension(@PathVariable String id, @Valid @RequestBody ExtensionDecision request, Actor actor) {
        return commands.decideExtension(actor, id, request.approve(), request.reason());
    }

    @PostMapping("/{id}/supervise")
    @CallableBy(Roles.SUPERVISOR)
    @PreAuthorize("hasRole('supervisor')")
    public TicketView supervise(@PathVariable String id, @Valid @RequestBody NoteRequest request, Actor actor) {
        return commands.supervise(actor, id, request.note());
    }

    @PostMapping("/{id}/reply")
    @CallableBy(Roles.DEPT_ADMIN)
    @PreAuthorize(DEPARTMENT)
    public TicketView reply(@PathVariable String id, @Valid @RequestBody ReplyRequest request, Actor actor) {
        return commands.reply(actor, id, request.reply());
    }

    @PostMapping("/{id}/return-visit")
    @CallableBy({Roles.HOTLINE_AGENT, Roles.HOTLINE_DISPATCHER})
    @PreAuthorize(CENTRE)
    public TicketView returnVisit(@PathVariable String id, @Valid @RequestBody ReturnVisitRequest request, Actor actor) {
        return commands.returnVisit(actor, id, request.satisfaction(), request.resolved(), request.note());
    }

    @PostMapping("/{id}/transfer")
    @CallableBy({Roles.HOTLINE_AGENT, Roles.HOTLINE_DISPATCHER})
    @PreAuthorize(CENTRE)
    public TicketView transfer(@PathVariable String id, @Valid @RequestBody TransferRequest request, Actor actor) {
        return commands.transfer(actor, id, request.line(), request.reference());
    }

    @PostMapping("/{id}/joint-110")
    @CallableBy({Roles.HOTLINE_AGENT, Roles.HOTLINE_DISPATCHER})
    @PreAuthorize(CENTRE)
    public TicketView handleJointlyWith110(@PathVariable String id, @Valid @RequestBody JointRequest request, Actor actor) {
        return commands.handleJointlyWith110(actor, id, request.policeReference());
    }

    @PostMapping("/{id}/joint-110/progress")
    @CallableBy({Roles.HOTLINE_AGENT, Roles.HOTLINE_DISPATCHER, Roles.SUPERVISOR, Roles.DEPT_ADMIN, Roles.PARTNER_SYSTEM})
    @PreAuthorize("hasAnyRole('hotline-agent', 'hotline-dispatcher', 'supervisor', 'dept-admin', 'partner-system')")
    public TicketView recordJointProgress(@PathVariable String id, @Valid @RequestBody JointProgressRequest request,
                                          Actor actor) {
        return commands.recordJointProgress(actor, id, request.side(), request.note(), Boolean.TRUE.equals(request.done()));
    }

    @PostMapping("/{id}/merge")
    @CallableBy({Roles.HOTLINE_AGENT, Roles.HOTLINE_DISPATCHER})
    @PreAuthorize(CENTRE)
    public TicketView merge(@PathVariable String id, @Valid @RequestBody MergeRequest request, Actor actor) {
        return commands.merge(actor, id, request.primaryTicketId());
    }
}
