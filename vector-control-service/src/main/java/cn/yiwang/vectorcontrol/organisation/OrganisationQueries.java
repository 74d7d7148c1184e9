package cn.yiwang.vectorcontrol.organisation;

import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews.ContractView;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews.ListedOrganisation;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews.OrganisationView;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews.ServiceRecordView;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews.TechnicianView;
import cn.yiwang.vectorcontrol.organisation.domain.ServiceContractRepository;
import cn.yiwang.vectorcontrol.organisation.domain.ServiceOrganisation;
import cn.yiwang.vectorcontrol.organisation.domain.ServiceOrganisationRepository;
import cn.yiwang.vectorcontrol.organisation.domain.ServiceRecordRepository;
import cn.yiwang.vectorcontrol.organisation.domain.Technician;
import cn.yiwang.vectorcontrol.organisation.domain.TechnicianRepository;
import cn.yiwang.vectorcontrol.support.Labels;
import cn.yiwang.vectorcontrol.organisation.domain.Verification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Read side of service organisations: a company sees only its own records; the 爱卫办 those of its
 * region; anyone the public list of organisations meeting every Art. 25 condition.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationQueries {

    private final ServiceOrganisationRepository organisations;
    private final TechnicianRepository technicians;
    private final ServiceContractRepository contracts;
    private final ServiceRecordRepository records;
    private final Labels labels;
    private final int requiredTrainedTechnicians;

    OrganisationQueries(ServiceOrganisationRepository organisations, TechnicianRepository technicians,
                        ServiceContractRepository contracts, ServiceRecordRepository records, Labels labels,
                        @Value("${yiwang.vector-control.organisation.required-trained-technicians:2}") int requiredTrainedTechnicians) {
        this.organisations = organisations;
        this.technicians = technicians;
        this.contracts = contracts;
        this.records = records;
        this.labels = labels;
        this.requiredTrainedTechnicians = requiredTrainedTechnicians;
    }

    /** The caller's own organisation; a company that has not registered yet gets 404. */
    public ServiceOrganisation mine(Actor actor) {
        String creditCode = OrganisationCommands.requireCompany(actor);
        return organisations.findByCreditCode(creditCode)
                .orElseThrow(() -> ProblemException.notFound(labels.message("organisation.organisation"), creditCode));
    }

    public OrganisationView myOrganisation(Actor actor) {
        return view(mine(actor));
    }

    public List<TechnicianView> myTechnicians(Actor actor) {
        return technicians.findByOrganisationId(mine(actor).id()).stream()
                .sorted(Comparator.comparing(Technician::name)).map(TechnicianView::of).toList();
    }

    public Page<ContractView> myContracts(Actor actor, int page, int size) {
        return contracts.findByOrganisationId(mine(actor).id(), PageRequest.of(page, size, Sort.by("startsOn").descending()))
                .map(ContractView::of);
    }

    public Page<ServiceRecordView> myServiceRecords(Actor actor, int page, int size) {
        return serviceRecords(mine(actor).id(), page, size);
    }

    /** The 爱卫办 reads an organisation's service records when the organisation is registered in its region. */
    public Page<ServiceRecordView> serviceRecordsOf(Actor actor, UUID organisationId, int page, int size) {
        if (!actor.hasRole(Roles.AIWEI_OFFICER)) {
            throw ProblemException.forbidden("organisation.forbidden.not-aiwei");
        }
        ServiceOrganisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> ProblemException.notFound(labels.message("organisation.organisation"), organisationId));
        actor.requireRegion(organisation.regionCode());
        return serviceRecords(organisationId, page, size);
    }

    /**
     * The 爱卫办's review list: organisations registered in its region (or below), optionally only
     * those in one verification state (PENDING: waiting for a check), oldest registration first.
     */
    public List<OrganisationView> forReview(Actor actor, String regionCode, Verification state) {
        requireAiwei(actor);
        String region = regionCode == null ? actor.regionCode() : regionCode;
        actor.requireRegion(region);
        return organisations.findByRegionCodeLike(RegionCode.of(region).prefix() + "%").stream()
                .filter(organisation -> state == null || organisation.verification() == state)
                .sorted(Comparator.comparing(ServiceOrganisation::registeredAt))
                .map(this::view).toList();
    }

    /** The organisation for its region's 爱卫办; 404 for an unknown id, 403 outside the officer's region. */
    ServiceOrganisation forOfficer(Actor actor, UUID organisationId) {
        requireAiwei(actor);
        ServiceOrganisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> ProblemException.notFound(labels.message("organisation.organisation"), organisationId));
        actor.requireRegion(organisation.regionCode());
        return organisation;
    }

    static void requireAiwei(Actor actor) {
        if (!actor.hasRole(Roles.AIWEI_OFFICER)) {
            throw ProblemException.forbidden("organisation.forbidden.not-aiwei");
        }
    }

    int trainedTechniciansOf(ServiceOrganisation organisation) {
        return trainedTechnicians(organisation);
    }

    int requiredTrainedTechnicians() {
        return requiredTrainedTechnicians;
    }

    /**
     * The public list (Art. 25): organisations of the region's subtree verified by the 爱卫办 and
     * meeting every condition, by name.
     */
    public List<ListedOrganisation> publicList(String regionCode) {
        String prefix = regionCode == null || !RegionCode.isValid(regionCode) ? "" : RegionCode.of(regionCode).prefix();
        return organisations.findByRegionCodeLike(prefix + "%").stream()
                .filter(organisation -> organisation.listable(trainedTechnicians(organisation), requiredTrainedTechnicians))
                .sorted(Comparator.comparing(ServiceOrganisation::name))
                .map(organisation -> new ListedOrganisation(organisation.creditCode(), organisation.name(),
                        organisation.regionCode(), organisation.address(), organisation.contactPhone(),
                        trainedTechnicians(organisation)))
                .toList();
    }

    OrganisationView view(ServiceOrganisation organisation) {
        int trained = trainedTechnicians(organisation);
        return new OrganisationView(organisation.id(), organisation.creditCode(), organisation.name(),
                organisation.regionCode(), organisation.address(), organisation.contactPhone(), trained,
                organisation.unmetConditions(trained, requiredTrainedTechnicians),
                organisation.listable(trained, requiredTrainedTechnicians), organisation.verification().name(),
                organisation.verificationNote(), organisation.verifiedAt());
    }

    private int trainedTechnicians(ServiceOrganisation organisation) {
        return (int) technicians.findByOrganisationId(organisation.id()).stream().filter(Technician::trained).count();
    }

    private Page<ServiceRecordView> serviceRecords(UUID organisationId, int page, int size) {
        return records.findByOrganisationId(organisationId, PageRequest.of(page, size, Sort.by("serviceDate").descending()))
                .map(ServiceRecordView::of);
    }
}
