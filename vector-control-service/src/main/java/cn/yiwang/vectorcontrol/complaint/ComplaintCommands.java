package cn.yiwang.vectorcontrol.complaint;

import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.vectorcontrol.complaint.domain.Complaint;
import cn.yiwang.vectorcontrol.complaint.domain.ComplaintRepository;
import cn.yiwang.vectorcontrol.complaint.messaging.ComplaintAnswered;
import cn.yiwang.vectorcontrol.complaint.messaging.HotlineTicket;
import cn.yiwang.vectorcontrol.support.Labels;
import org.springframework.beans.factory.ObjectProvider;
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

    ComplaintCommands(ComplaintRepository complaints, ApplicationEventPublisher events,
                      Labels labels, Clock clock, ObjectProvider<PersonalDataProtector> protector) {
        this.protector = protector;
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
        Complaint complaint = Complaint.fromTicket(ticket.ticketId(), ticket.regionCode(), pest, ticket.categoryCode(),
                ticket.location() == null ? null : protector.getObject().encrypt(ticket.location()), ticket.description(),
                dispatchedAt == null ? clock.instant() : dispatchedAt);
        return Optional.of(complaints.save(complaint).id());
    }

    /** The 爱卫办 or a supervising department of the region answers; the hotline gets the reply. */
    @Transactional
    public ComplaintView answer(Actor actor, UUID complaintId, boolean substantiated, String reply, UUID inspectionId) {
        Complaint complaint = complaints.findById(complaintId)
                .orElseThrow(() -> ProblemException.notFound(labels.message("complaint.complaint"), complaintId));
        if (!actor.hasAnyRole(Roles.AIWEI_OFFICER, Roles.INSPECTOR)) {
            throw ProblemException.forbidden("complaint.forbidden.not-handler");
        }
        actor.requireRegion(complaint.regionCode());
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
        return ComplaintView.of(saved, protector.getObject());
    }
}
