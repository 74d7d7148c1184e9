package cn.yiwang.review.invitation;

import cn.yiwang.common.security.Actor;
import cn.yiwang.review.invitation.domain.Invitation;
import cn.yiwang.review.invitation.domain.InvitationRepository;
import cn.yiwang.review.support.PageOf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

@Service
@Transactional(readOnly = true)
public class InvitationQueries {

    private final InvitationRepository invitations;
    private final Clock clock;

    public InvitationQueries(InvitationRepository invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    /** The caller's own invitations, newest service first; staff have none. */
    public PageOf<InvitationView> mine(Actor actor, int page, int size) {
        if (actor.holderIdHash() == null) {
            return new PageOf<>(List.of(), page, PageOf.size(size), 0);
        }
        int limit = PageOf.size(size);
        List<InvitationView> items = invitations.findByEvaluator(actor.holderIdHash(), limit, PageOf.offset(page, size))
                .stream().map(this::view).toList();
        return new PageOf<>(items, page, limit, invitations.countByEvaluator(actor.holderIdHash()));
    }

    private InvitationView view(Invitation invitation) {
        var service = invitation.context();
        return new InvitationView(invitation.id(), service.source().name(), service.serviceNumber(), service.itemCodes(),
                service.itemNames(), service.orgCode(), service.regionCode(), service.servedAt(), invitation.expiresAt(),
                invitation.isOpenAt(clock.instant()), invitation.firstEvaluationId(), invitation.followUpEvaluationId(),
                service.bundleName(), service.leadDepartment());
    }
}
