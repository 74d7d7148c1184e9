package cn.yiwang.vectorcontrol.organisation.web;

import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import cn.yiwang.vectorcontrol.organisation.OrganisationCommands;
import cn.yiwang.vectorcontrol.organisation.OrganisationQueries;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews.ContractView;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews.ListedOrganisation;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews.OrganisationView;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews.ServiceRecordView;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews.TechnicianView;
import cn.yiwang.vectorcontrol.support.PageResponse;
import cn.yiwang.vectorcontrol.organisation.domain.Verification;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Service organisations (Art. 25, 29). A company works on {@code /service-organisations/mine}
 * (known by the credit code in its token); the compliant list under {@code /public} needs no token.
 */
@RestController
@RequestMapping("${yiwang.api.base-path}")
class OrganisationController {

    private final OrganisationCommands commands;
    private final OrganisationQueries queries;

    OrganisationController(OrganisationCommands commands, OrganisationQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Public (no token): organisations meeting every Art. 25 condition. */
    @GetMapping("/public/service-organisations")
    List<ListedOrganisation> publicList(@RequestParam(required = false) String region) {
        return queries.publicList(region);
    }

    @PostMapping("/service-organisations")
    @CallableBy(value = Roles.PEST_CONTROL_COMPANY, detail = "organisation.forbidden.not-company")
    @ResponseStatus(HttpStatus.CREATED)
    OrganisationView register(@Valid @RequestBody OrganisationRequests.RegisterRequest request, Actor actor) {
        return commands.register(actor, request.name(), request.regionCode(), request.address(), request.contactPhone(),
                request.conditions());
    }

    @GetMapping("/service-organisations/mine")
    OrganisationView mine(Actor actor) {
        return queries.myOrganisation(actor);
    }

    @PutMapping("/service-organisations/mine/conditions")
    @CallableBy(value = Roles.PEST_CONTROL_COMPANY, detail = "organisation.forbidden.not-company")
    OrganisationView declare(@Valid @RequestBody OrganisationRequests.DeclareRequest request, Actor actor) {
        return commands.declare(actor, request.conditions());
    }

    @PostMapping("/service-organisations/mine/technicians")
    @CallableBy(value = Roles.PEST_CONTROL_COMPANY, detail = "organisation.forbidden.not-company")
    @ResponseStatus(HttpStatus.CREATED)
    TechnicianView addTechnician(@Valid @RequestBody OrganisationRequests.TechnicianRequest request, Actor actor) {
        return commands.addTechnician(actor, request.name(), request.certificateNumber());
    }

    @GetMapping("/service-organisations/mine/technicians")
    List<TechnicianView> technicians(Actor actor) {
        return queries.myTechnicians(actor);
    }

    @PostMapping("/service-organisations/mine/technicians/{id}/trainings")
    @CallableBy(value = Roles.PEST_CONTROL_COMPANY, detail = "organisation.forbidden.not-company")
    @ResponseStatus(HttpStatus.CREATED)
    TechnicianView recordTraining(@PathVariable UUID id, @Valid @RequestBody OrganisationRequests.TrainingRequest request,
                                  Actor actor) {
        return commands.recordTraining(actor, id, request.course(), request.provider(), request.completedOn(), request.hours());
    }

    @PostMapping("/service-organisations/mine/contracts")
    @CallableBy(value = Roles.PEST_CONTROL_COMPANY, detail = "organisation.forbidden.not-company")
    @ResponseStatus(HttpStatus.CREATED)
    ContractView signContract(@Valid @RequestBody OrganisationRequests.ContractRequest request, Actor actor) {
        return commands.signContract(actor, request.unitCreditCode(), request.unitName(), request.startsOn(),
                request.endsOn(), request.pests(), request.price());
    }

    @GetMapping("/service-organisations/mine/contracts")
    PageResponse<ContractView> contracts(@RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size, Actor actor) {
        return PageResponse.of(queries.myContracts(actor, Math.max(0, page), PageResponse.size(size)), view -> view);
    }

    /** Refused with 422 when a product is banned (Art. 26, 28) or has no valid registration number. */
    @PostMapping("/service-organisations/mine/service-records")
    @CallableBy(value = Roles.PEST_CONTROL_COMPANY, detail = "organisation.forbidden.not-company")
    @ResponseStatus(HttpStatus.CREATED)
    ServiceRecordView recordService(@Valid @RequestBody OrganisationRequests.ServiceRecordRequest request, Actor actor) {
        return commands.recordService(actor, request.contractId(), request.unitCreditCode(), request.unitName(),
                request.serviceDate(), request.pests(),
                request.products().stream().map(OrganisationRequests.ProductRequest::toProductLine).toList(),
                request.servicePrice());
    }

    @GetMapping("/service-organisations/mine/service-records")
    PageResponse<ServiceRecordView> myServiceRecords(@RequestParam(defaultValue = "0") int page,
                                                     @RequestParam(defaultValue = "20") int size, Actor actor) {
        return PageResponse.of(queries.myServiceRecords(actor, Math.max(0, page), PageResponse.size(size)), view -> view);
    }

    /** The 爱卫办 reads the service records of an organisation registered in its region. */
    @GetMapping("/service-organisations/{id}/service-records")
    PageResponse<ServiceRecordView> serviceRecords(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                                                   @RequestParam(defaultValue = "20") int size, Actor actor) {
        return PageResponse.of(queries.serviceRecordsOf(actor, id, Math.max(0, page), PageResponse.size(size)), view -> view);
    }

    /** The 爱卫办's review list of organisations in its region, e.g. {@code ?verification=PENDING}. */
    @GetMapping("/service-organisations")
    List<OrganisationView> forReview(@RequestParam(required = false) String region,
                                     @RequestParam(required = false) Verification verification,
                                     Actor actor) {
        return queries.forReview(actor, region, verification);
    }

    /** Art. 25: the region's 爱卫办 verifies the declared conditions (then the public list shows the company) or rejects them. */
    @PostMapping("/service-organisations/{id}/verification")
    @CallableBy(value = Roles.AIWEI_OFFICER, detail = "organisation.forbidden.not-aiwei")
    OrganisationView decideVerification(@PathVariable UUID id,
                                        @Valid @RequestBody OrganisationRequests.VerificationRequest request, Actor actor) {
        return commands.decideVerification(actor, id, request.verified(), request.reason());
    }
}
