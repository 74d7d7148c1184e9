package cn.yiwang.review.invitation;

import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.review.invitation.domain.Invitation;
import cn.yiwang.review.invitation.domain.InvitationRepository;
import cn.yiwang.review.invitation.domain.ServiceContext;
import cn.yiwang.review.invitation.domain.ServiceSource;
import cn.yiwang.review.statistics.StatisticsLedger;
import cn.yiwang.review.support.Problems;
import cn.yiwang.review.support.ReviewProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Opens invitations: from concluded cases, bundles and closed tickets, and for walk-in window service. */
@Service
public class InvitationCommands {

    /** No 0/O, 1/I/L: the code is read off a screen or a slip and typed on a hall device. */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 8;

    private final InvitationRepository invitations;
    private final StatisticsLedger statistics;
    private final ReviewProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    public InvitationCommands(InvitationRepository invitations, StatisticsLedger statistics,
                              ReviewProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.invitations = invitations;
        this.statistics = statistics;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Opens the invitation for a concluded case or closed ticket, once per service event: a second
     * delivery of the same fact (even under a new event id) finds the first invitation.
     *
     * @return the new invitation's id, or empty when the service event already has one
     */
    @Transactional
    public Optional<UUID> openForService(ServiceContext service, String evaluatorIdHash, String evaluatorType) {
        if (invitations.findBySource(service.source().name(), service.sourceId()).isPresent()) {
            return Optional.empty();
        }
        Invitation invitation = Invitation.open(service, evaluatorIdHash, evaluatorType,
                properties.evaluationWindow(), clock.instant());
        statistics.track(invitation.id(), () -> invitations.save(invitation));
        events.publishEvent(new InvitationOpened(invitation.id(), invitation.evaluatorIdHash(), what(invitation.context()),
                invitation.context().regionCode(), invitation.createdAt(), invitation.expiresAt()));
        return Optional.of(invitation.id());
    }

    /**
     * A window clerk ends a walk-in service and gets a short code for the person served, who rates
     * on the hall device or by scanning the code (一次一评, GB/T 39734-2020).
     */
    @Transactional
    public WalkInCode openWalkIn(Actor clerk, List<String> itemCodes, List<String> itemNames, String serviceNumber) {
        if (!clerk.hasRole(Roles.WINDOW_CLERK) || clerk.orgCode() == null || clerk.regionCode() == null) {
            throw Problems.forbidden("review.walk-in.clerk-only");
        }
        Instant now = clock.instant();
        ServiceContext service = new ServiceContext(ServiceSource.WINDOW, UUID.randomUUID().toString(), serviceNumber,
                itemCodes, itemNames, clerk.orgCode(), clerk.regionCode(), List.of(clerk.subject()), "window", now);
        Invitation invitation = Invitation.walkIn(service, unusedCode(), properties.walkInCodeValidity(), now);
        statistics.track(invitation.id(), () -> invitations.save(invitation));
        return new WalkInCode(invitation.id(), invitation.shortCode(), invitation.expiresAt());
    }

    private static String what(ServiceContext service) {
        boolean numbered = service.serviceNumber() != null && !service.serviceNumber().isBlank();
        if (service.bundleName() != null && !service.bundleName().isBlank()) {
            // The applicant knows a bundle by its name (新生儿出生一件事) better than by its number.
            return numbered ? service.bundleName() + " " + service.serviceNumber() : service.bundleName();
        }
        if (numbered) {
            return service.serviceNumber();
        }
        return String.join("、", service.itemNames());
    }

    /** 31^8 codes make a collision rare; the unique index stays the final word if two clerks race. */
    private String unusedCode() {
        String code = newCode();
        while (invitations.findByShortCode(code).isPresent()) {
            code = newCode();
        }
        return code;
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
