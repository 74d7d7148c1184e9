package cn.yiwang.vectorcontrol.complaint;

import cn.yiwang.common.calendar.TimeLimit;
import cn.yiwang.common.calendar.TimeLimitClock;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.vectorcontrol.complaint.domain.Complaint;
import cn.yiwang.vectorcontrol.complaint.domain.ComplaintRepository;
import cn.yiwang.vectorcontrol.complaint.messaging.ComplaintAnswered;
import cn.yiwang.vectorcontrol.complaint.messaging.HotlineTicket;
import cn.yiwang.vectorcontrol.place.PlaceSupervision;
import cn.yiwang.vectorcontrol.place.domain.PlaceType;
import cn.yiwang.vectorcontrol.support.Labels;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Complaints from 12345 (Art. 32): take a dispatched ticket in, answer it back. */
@Service
public class ComplaintCommands {

    private final ComplaintRepository complaints;
    private final ApplicationEventPublisher events;
    private final Labels labels;
    private final Clock clock;
    private final ObjectProvider<PersonalDataProtector> protector;

    private final PlaceSupervision supervision;
    private final TimeLimitClock limits;
    private final TimeLimit inspectionLimit;

    ComplaintCommands(ComplaintRepository complaints, ApplicationEventPublisher events,
                      Labels labels, Clock clock, ObjectProvider<PersonalDataProtector> protector,
                      PlaceSupervision supervision, TimeLimitClock limits,
                      @Value("${yiwang.vector-control.complaint.inspection-working-days:5}") int inspectionWorkingDays) {
        this.protector = protector;
        this.supervision = supervision;
        this.limits = limits;
        this.inspectionLimit = TimeLimit.workingDays(inspectionWorkingDays);
        this.complaints = complaints;
        this.events = events;
        this.labels = labels;
        this.clock = clock;
    }

    /**
     * A ticket dispatched in a vector category (the hotline marks it with its species) becomes a
     * complaint with an open inspection task; other tickets are not ours. A ticket already received (a redelivery that slipped past the
     * event de-duplication, or a re-dispatch) changes nothing.
     */
    @Transactional
    public Optional<UUID> receive(HotlineTicket ticket, Instant dispatchedAt) {
        String pest = ticket.pest();
        if (pest == null || ticket.ticketId() == null) {
            return Optional.empty();
        }
        Optional<Complaint> existing = complaints.findByTicketId(ticket.ticketId());
        if (existing.isPresent()) {
            return Optional.of(existing.get().id());
        }
        Instant received = dispatchedAt == null ? clock.instant() : dispatchedAt;
        // The place it concerns, when the address is that of a registered place: its supervising
        // department (Art. 5) takes the task; otherwise the region's 爱卫办 does, and may reassign it.
        Optional<PlaceSupervision.Supervisor> supervisor = supervision.ofAddress(ticket.regionCode(), ticket.location());
        Complaint complaint = Complaint.fromTicket(ticket.ticketId(), ticket.regionCode(), pest, ticket.categoryCode(),
                ticket.location() == null ? null : protector.getObject().encrypt(ticket.location()), ticket.description(),
                received, supervisor.map(PlaceSupervision.Supervisor::department).orElse(Complaint.AIWEI),
                supervisor.map(PlaceSupervision.Supervisor::officeOrgCode).orElse(null),
                supervisor.map(PlaceSupervision.Supervisor::placeId).orElse(null),
                limits.dueAt(received, inspectionLimit));
        return Optional.of(complaints.save(complaint).id());
    }

    /**
     * The region's 爱卫办 assigns the open task to the department supervising the place: a registered
     * place (its department, as overridden) or a type of place (the Art. 5 mapping). The deadline,
     * counted from receipt, stays.
     */
    @Transactional
    public ComplaintView assign(Actor actor, UUID complaintId, UUID placeId, PlaceType placeType) {
        Complaint complaint = complaints.findById(complaintId)
                .orElseThrow(() -> ProblemException.notFound(labels.message("complaint.complaint"), complaintId));
        if (!actor.hasRole(Roles.AIWEI_OFFICER)) {
            throw ProblemException.forbidden("complaint.forbidden.not-aiwei");
        }
        actor.requireRegion(complaint.regionCode());
        if ((placeId == null) == (placeType == null)) {
            throw ProblemException.unprocessable(List.of(new Violation("placeId", "place-or-type",
                    labels.message("violation.place-or-type"))));
        }
        PlaceSupervision.Supervisor supervisor = placeId != null
                ? supervision.ofPlace(placeId, complaint.regionCode()).orElseThrow(() -> ProblemException.unprocessable(
                        List.of(new Violation("placeId", "unknown-place", labels.message("violation.unknown-place")))))
                : supervision.ofPlaceType(placeType, complaint.regionCode());
        try {
            complaint.assignTo(supervisor.department(), supervisor.officeOrgCode(), supervisor.placeId());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("complaint.already-answered", complaintId);
        }
        return ComplaintView.of(complaints.save(complaint), protector.getObject(), clock.instant());
    }

    /**
     * The 爱卫办 of the region, or an inspector of the department the task is assigned to, answers;
     * the hotline gets the reply.
     */
    @Transactional
    public ComplaintView answer(Actor actor, UUID complaintId, boolean substantiated, String reply, UUID inspectionId) {
        Complaint complaint = complaints.findById(complaintId)
                .orElseThrow(() -> ProblemException.notFound(labels.message("complaint.complaint"), complaintId));
        if (!actor.hasAnyRole(Roles.AIWEI_OFFICER, Roles.INSPECTOR)) {
            throw ProblemException.forbidden("complaint.forbidden.not-handler");
        }
        actor.requireRegion(complaint.regionCode());
        if (!actor.hasRole(Roles.AIWEI_OFFICER) && !assignedTo(actor, complaint)) {
            throw ProblemException.forbidden("complaint.forbidden.not-assigned", complaint.assignedDepartment());
        }
        if (reply == null || reply.isBlank()) {
            throw ProblemException.unprocessable(List.of(new Violation("reply", "reply-required",
                    labels.message("violation.reply-required"))));
        }
        try {
            complaint.answer(substantiated, reply, inspectionId, actor.subject(), clock.instant());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("complaint.already-answered", complaintId);
        }
        Complaint saved = complaints.save(complaint);
        events.publishEvent(new ComplaintAnswered(UUID.randomUUID(), saved.id(), saved.ticketId(), saved.regionCode(),
                saved.pest(), substantiated, reply, actor.subject(), inspectionId, saved.answeredAt()));
        return ComplaintView.of(saved, protector.getObject(), clock.instant());
    }

    private boolean assignedTo(Actor actor, Complaint complaint) {
        if (complaint.assignedOrgCode() != null) {
            return complaint.assignedOrgCode().equals(actor.orgCode());
        }
        return supervision.departmentOfOffice(actor.orgCode()).map(complaint.assignedDepartment()::equals).orElse(false);
    }
}
