package cn.yiwang.vectorcontrol.organisation;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews.ContractView;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews.OrganisationView;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews.ServiceRecordView;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews.TechnicianView;
import cn.yiwang.vectorcontrol.organisation.domain.Art25Condition;
import cn.yiwang.vectorcontrol.organisation.domain.BannedProducts;
import cn.yiwang.vectorcontrol.organisation.domain.Pest;
import cn.yiwang.vectorcontrol.organisation.domain.ServiceContract;
import cn.yiwang.vectorcontrol.organisation.domain.ServiceContractRepository;
import cn.yiwang.vectorcontrol.organisation.domain.ServiceOrganisation;
import cn.yiwang.vectorcontrol.organisation.domain.ServiceOrganisationRepository;
import cn.yiwang.vectorcontrol.organisation.domain.ServiceRecord;
import cn.yiwang.vectorcontrol.organisation.domain.ServiceRecordRepository;
import cn.yiwang.vectorcontrol.organisation.domain.Technician;
import cn.yiwang.vectorcontrol.organisation.domain.TechnicianRepository;
import cn.yiwang.vectorcontrol.support.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A pest-control company's own use cases: register, declare conditions, technicians, contracts, service records. */
@Service
public class OrganisationCommands {

    private final ServiceOrganisationRepository organisations;
    private final TechnicianRepository technicians;
    private final ServiceContractRepository contracts;
    private final ServiceRecordRepository records;
    private final OrganisationQueries queries;
    private final BannedProducts banned;
    private final Labels labels;
    private final Clock clock;

    OrganisationCommands(ServiceOrganisationRepository organisations, TechnicianRepository technicians,
                         ServiceContractRepository contracts, ServiceRecordRepository records, OrganisationQueries queries,
                         BannedProducts banned, Labels labels, Clock clock) {
        this.organisations = organisations;
        this.technicians = technicians;
        this.contracts = contracts;
        this.records = records;
        this.queries = queries;
        this.banned = banned;
        this.labels = labels;
        this.clock = clock;
    }

    /** A company registers itself under the credit code its token carries. */
    @Transactional
    public OrganisationView register(Actor actor, String name, String regionCode, String address, String contactPhone,
                                     Set<Art25Condition> declared) {
        String creditCode = requireCompany(actor);
        actor.requireRegion(regionCode);
        if (organisations.findByCreditCode(creditCode).isPresent()) {
            throw ProblemException.conflict("organisation.already-registered", creditCode);
        }
        ServiceOrganisation organisation = organisations.save(ServiceOrganisation.register(creditCode, name, regionCode,
                address, contactPhone, declared, clock.instant()));
        return queries.view(organisation);
    }

    /**
     * The 爱卫办 of the organisation's region decides on its declared Art. 25 conditions: verified
     * (only when every condition is met as it stands, else 409 naming the unmet ones) or rejected
     * with a reason. Either way the decision, who made it and when are kept.
     */
    @Transactional
    public OrganisationView decideVerification(Actor actor, UUID organisationId, boolean verify, String note) {
        ServiceOrganisation organisation = queries.forOfficer(actor, organisationId);
        int trained = queries.trainedTechniciansOf(organisation);
        if (verify) {
            Set<Art25Condition> unmet = organisation.unmetConditions(trained, queries.requiredTrainedTechnicians());
            if (!unmet.isEmpty()) {
                throw ProblemException.conflict("organisation.verification.conditions-unmet", unmet);
            }
            organisation.verify(trained, queries.requiredTrainedTechnicians(), note, actor.subject(), clock.instant());
        } else {
            if (note == null || note.isBlank()) {
                throw ProblemException.unprocessable(List.of(new Violation("reason", "required",
                        labels.message("organisation.verification.reason-required"))));
            }
            organisation.reject(note, actor.subject(), clock.instant());
        }
        return queries.view(organisations.save(organisation));
    }

    @Transactional
    public OrganisationView declare(Actor actor, Set<Art25Condition> declared) {
        ServiceOrganisation organisation = queries.mine(actor);
        organisation.declare(declared);
        return queries.view(organisations.save(organisation));
    }

    @Transactional
    public TechnicianView addTechnician(Actor actor, String name, String certificateNumber) {
        ServiceOrganisation organisation = queries.mine(actor);
        return TechnicianView.of(technicians.save(Technician.of(organisation.id(), name, certificateNumber)));
    }

    @Transactional
    public TechnicianView recordTraining(Actor actor, UUID technicianId, String course, String provider,
                                         LocalDate completedOn, int hours) {
        ServiceOrganisation organisation = queries.mine(actor);
        Technician technician = technicians.findById(technicianId)
                .filter(found -> found.organisationId().equals(organisation.id()))
                .orElseThrow(() -> ProblemException.notFound(labels.message("organisation.technician"), technicianId));
        technician.recordTraining(course, provider, completedOn, hours);
        return TechnicianView.of(technicians.save(technician));
    }

    @Transactional
    public ContractView signContract(Actor actor, String unitCreditCode, String unitName, LocalDate startsOn,
                                     LocalDate endsOn, Set<Pest> pests, BigDecimal price) {
        ServiceOrganisation organisation = queries.mine(actor);
        if (endsOn.isBefore(startsOn)) {
            throw ProblemException.unprocessable(List.of(new Violation("endsOn", "contract-ends-before-start",
                    labels.message("violation.contract-ends-before-start"))));
        }
        return ContractView.of(contracts.save(ServiceContract.sign(organisation.id(), unitCreditCode, unitName, startsOn,
                endsOn, pests.stream().sorted().map(Enum::name).toList(), price)));
    }

    /**
     * Records a service visit (Art. 29). A banned substance (Art. 26, 28) or a product without a
     * valid registration number refuses the whole record, naming each refused product.
     */
    @Transactional
    public ServiceRecordView recordService(Actor actor, UUID contractId, String unitCreditCode, String unitName,
                                           LocalDate serviceDate, Set<Pest> pests, List<OrganisationViews.ProductLine> products,
                                           BigDecimal servicePrice) {
        ServiceOrganisation organisation = queries.mine(actor);
        if (contractId != null) {
            ServiceContract contract = contracts.findById(contractId)
                    .filter(found -> found.organisationId().equals(organisation.id()))
                    .orElseThrow(() -> ProblemException.notFound(labels.message("organisation.contract"), contractId));
            if (!contract.unitCreditCode().equals(unitCreditCode) || !contract.coversDay(serviceDate)) {
                throw ProblemException.unprocessable(List.of(new Violation("contractId", "contract-does-not-cover",
                        labels.message("violation.contract-does-not-cover"))));
            }
        }
        try {
            return ServiceRecordView.of(records.save(ServiceRecord.record(organisation.id(), contractId, unitCreditCode,
                    unitName, serviceDate, pests.stream().sorted().map(Enum::name).toList(),
                    products.stream().map(OrganisationViews.ProductLine::toProductUse).toList(), servicePrice,
                    banned, clock.instant())));
        } catch (ServiceRecord.RefusedProductsException e) {
            throw ProblemException.unprocessable(e.problems().stream().map(problem -> new Violation(
                    "products[" + problem.position() + "]" + (problem.code().equals(ServiceRecord.ProductProblem.BANNED)
                            ? ".activeIngredient" : ".registrationNumber"),
                    problem.code(), labels.message("violation." + problem.code(), problem.subject(), problem.basis())))
                    .toList());
        }
    }

    static String requireCompany(Actor actor) {
        if (!actor.hasRole(Roles.PEST_CONTROL_COMPANY) || actor.orgCode() == null) {
            throw ProblemException.forbidden("organisation.forbidden.not-company");
        }
        return actor.orgCode();
    }
}
