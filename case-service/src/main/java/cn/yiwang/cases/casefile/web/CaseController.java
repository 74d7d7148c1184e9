package cn.yiwang.cases.casefile.web;

import cn.yiwang.cases.casefile.CaseCommands;
import cn.yiwang.cases.casefile.CaseIssuance;
import cn.yiwang.cases.casefile.CaseQueries;
import cn.yiwang.cases.casefile.CaseRequests;
import cn.yiwang.cases.casefile.CaseViews.CaseSummary;
import cn.yiwang.cases.casefile.CaseViews.CaseView;
import cn.yiwang.cases.casefile.CaseViews.Page;
import cn.yiwang.cases.casefile.domain.CaseStatus;
import cn.yiwang.cases.clock.DeadlineColour;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/**
 * {@code /api/v1/cases}: apply, follow and handle cases. Maps HTTP to the commands and queries and
 * nothing more; who may do what to which case is checked there, on every call.
 */
@RestController
@Validated
@RequestMapping("${yiwang.api.base-path}")
class CaseController {

    /** Only UUIDs are case ids: any other address below the base path is "not found", not "bad request". */
    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** One case's address; its steps are below it. */
    private static final String CASE = "/{id:" + UUID_PATTERN + "}";
    private static final String STAFF = "hasAnyRole('window-clerk','approver','dept-admin','supervisor','partner-system')";
    private static final String CLERK = "hasAnyRole('window-clerk')";
    private static final String DECIDER = "hasAnyRole('approver','dept-admin')";
    private static final String APPLICANT = "hasAnyRole('citizen','enterprise','window-clerk','partner-system')";

    private final CaseCommands commands;
    private final CaseQueries queries;
    private final CaseIssuance issuance;

    CaseController(CaseCommands commands, CaseQueries queries, CaseIssuance issuance) {
        this.commands = commands;
        this.queries = queries;
        this.issuance = issuance;
    }

    /** 201 with the new case; a retry with the same Idempotency-Key answers 200 with the same case. */
    @PostMapping
    @CallableBy({Roles.CITIZEN, Roles.ENTERPRISE, Roles.WINDOW_CLERK, Roles.PARTNER_SYSTEM})
    @PreAuthorize(APPLICANT)
    ResponseEntity<CaseView> apply(Actor actor,
                                   @RequestHeader("Idempotency-Key") @Pattern(regexp = "[\\x21-\\x7e]{8,255}") String idempotencyKey,
                                   @Valid @RequestBody CaseRequests.Apply request) {
        CaseCommands.Applied applied = commands.apply(actor, idempotencyKey, request);
        if (applied.replayed()) {
            return ResponseEntity.ok(applied.view());
        }
        return ResponseEntity.created(URI.create(applied.view().id().toString())).body(applied.view());
    }

    @GetMapping(CASE)
    CaseView byId(Actor actor, @PathVariable UUID id) {
        return queries.byId(actor, id);
    }

    @GetMapping("/by-number/{number}")
    CaseView byNumber(Actor actor, @PathVariable String number) {
        return queries.byNumber(actor, number);
    }

    /**
     * certificate-service, to issue the certificate a concluded case results in: the holder's plain ID
     * number travels only here, so only Yiwang services may ask, and every answer is access-logged.
     * Service clients act for the platform, not within a region: they carry no region claim.
     */
    @GetMapping("/by-number/{number}/issuance-data")
    @PreAuthorize("hasRole('service')")
    CaseIssuance.IssuanceData issuanceData(Actor actor, @PathVariable String number) {
        return issuance.forCertificate(actor, number);
    }

    /** 一人一档 / 一企一档: the caller's own cases. */
    @GetMapping("/mine")
    @PreAuthorize("hasAnyRole('citizen','enterprise')")
    Page<CaseSummary> mine(Actor actor, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size) {
        return queries.mine(actor, page, size);
    }

    @GetMapping("/queue")
    @PreAuthorize(STAFF)
    Page<CaseSummary> queue(Actor actor, @RequestParam(required = false) CaseStatus status,
                            @RequestParam(required = false) DeadlineColour colour,
                            @RequestParam(required = false) String commitmentCheck,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return queries.queue(actor, status, colour, "pending".equals(commitmentCheck), page, size);
    }

    @PostMapping(CASE + "/acceptance")
    @CallableBy(Roles.WINDOW_CLERK)
    @PreAuthorize(CLERK)
    CaseView accept(Actor actor, @PathVariable UUID id) {
        return commands.accept(actor, id);
    }

    /** 即办件: accepted and concluded in one step. */
    @PostMapping(CASE + "/immediate-conclusion")
    @CallableBy(Roles.WINDOW_CLERK)
    @PreAuthorize(CLERK)
    CaseView acceptImmediately(Actor actor, @PathVariable UUID id, @Valid @RequestBody CaseRequests.Conclude request) {
        return commands.acceptImmediately(actor, id, request);
    }

    @PostMapping(CASE + "/rejection")
    @CallableBy(Roles.WINDOW_CLERK)
    @PreAuthorize(CLERK)
    CaseView notAccept(Actor actor, @PathVariable UUID id, @Valid @RequestBody CaseRequests.Reason request) {
        return commands.notAccept(actor, id, request);
    }

    @PostMapping(CASE + "/supplement-notice")
    @CallableBy(Roles.WINDOW_CLERK)
    @PreAuthorize(CLERK)
    CaseView requestSupplement(Actor actor, @PathVariable UUID id, @Valid @RequestBody CaseRequests.SupplementNotice request) {
        return commands.requestSupplement(actor, id, request);
    }

    @PostMapping(CASE + "/supplement")
    @CallableBy({Roles.CITIZEN, Roles.ENTERPRISE, Roles.WINDOW_CLERK, Roles.PARTNER_SYSTEM})
    @PreAuthorize(APPLICANT)
    CaseView supply(Actor actor, @PathVariable UUID id, @Valid @RequestBody CaseRequests.Supply request) {
        return commands.supply(actor, id, request);
    }

    @PostMapping(CASE + "/review")
    @CallableBy({Roles.APPROVER, Roles.DEPT_ADMIN})
    @PreAuthorize(DECIDER)
    CaseView startReview(Actor actor, @PathVariable UUID id) {
        return commands.startReview(actor, id);
    }

    @PostMapping(CASE + "/special-procedures")
    @CallableBy({Roles.APPROVER, Roles.DEPT_ADMIN})
    @PreAuthorize(DECIDER)
    CaseView startSpecialProcedure(Actor actor, @PathVariable UUID id, @Valid @RequestBody CaseRequests.StartProcedure request) {
        return commands.startSpecialProcedure(actor, id, request);
    }

    @PostMapping(CASE + "/special-procedures/current/end")
    @CallableBy({Roles.APPROVER, Roles.DEPT_ADMIN})
    @PreAuthorize(DECIDER)
    CaseView endSpecialProcedure(Actor actor, @PathVariable UUID id, @Valid @RequestBody CaseRequests.EndProcedure request) {
        return commands.endSpecialProcedure(actor, id, request);
    }

    @PostMapping(CASE + "/extension")
    @CallableBy({Roles.APPROVER, Roles.DEPT_ADMIN})
    @PreAuthorize(DECIDER)
    CaseView extend(Actor actor, @PathVariable UUID id, @Valid @RequestBody CaseRequests.Extend request) {
        return commands.extend(actor, id, request);
    }

    @PostMapping(CASE + "/conclusion")
    @CallableBy({Roles.APPROVER, Roles.DEPT_ADMIN})
    @PreAuthorize(DECIDER)
    CaseView conclude(Actor actor, @PathVariable UUID id, @Valid @RequestBody CaseRequests.Conclude request) {
        return commands.conclude(actor, id, request);
    }

    @PostMapping(CASE + "/delivery")
    @CallableBy({Roles.WINDOW_CLERK, Roles.APPROVER, Roles.DEPT_ADMIN})
    @PreAuthorize("hasAnyRole('window-clerk','approver','dept-admin')")
    CaseView deliver(Actor actor, @PathVariable UUID id, @Valid @RequestBody CaseRequests.Deliver request) {
        return commands.deliver(actor, id, request);
    }

    /** 告知承诺 verification task: a false commitment revokes the decision. */
    @PostMapping(CASE + "/commitment-check")
    @CallableBy({Roles.APPROVER, Roles.DEPT_ADMIN})
    @PreAuthorize(DECIDER)
    CaseView checkCommitment(Actor actor, @PathVariable UUID id, @Valid @RequestBody CaseRequests.CommitmentCheck request) {
        return commands.checkCommitment(actor, id, request);
    }

    @PostMapping(CASE + "/withdrawal")
    @CallableBy({Roles.CITIZEN, Roles.ENTERPRISE, Roles.WINDOW_CLERK, Roles.PARTNER_SYSTEM})
    @PreAuthorize(APPLICANT)
    CaseView withdraw(Actor actor, @PathVariable UUID id, @Valid @RequestBody(required = false) CaseRequests.Reason request) {
        return commands.withdraw(actor, id, request);
    }

    @PostMapping(CASE + "/gaps/{materialCode}")
    @CallableBy({Roles.CITIZEN, Roles.ENTERPRISE, Roles.WINDOW_CLERK, Roles.PARTNER_SYSTEM})
    @PreAuthorize(APPLICANT)
    CaseView closeGap(Actor actor, @PathVariable UUID id, @PathVariable String materialCode,
                      @Valid @RequestBody CaseRequests.CloseGap request) {
        return commands.closeGap(actor, id, materialCode, request);
    }
}
