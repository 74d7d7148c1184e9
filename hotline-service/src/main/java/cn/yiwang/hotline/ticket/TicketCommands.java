package cn.yiwang.hotline.ticket;

import cn.yiwang.common.calendar.TimeLimitClock;
import cn.yiwang.common.idempotency.IdempotentSubmissions;
import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.hotline.category.Categories;
import cn.yiwang.hotline.category.Category;
import cn.yiwang.hotline.dispatch.DispatchCatalogue;
import cn.yiwang.hotline.dispatch.DispatchProposal;
import cn.yiwang.hotline.support.Messages;
import cn.yiwang.hotline.ticket.domain.By;
import cn.yiwang.hotline.ticket.domain.Channel;
import cn.yiwang.hotline.ticket.domain.Department;
import cn.yiwang.hotline.ticket.domain.EscalationChain;
import cn.yiwang.hotline.ticket.domain.JointSide;
import cn.yiwang.hotline.ticket.domain.Satisfaction;
import cn.yiwang.hotline.ticket.domain.Ticket;
import cn.yiwang.hotline.ticket.domain.TicketRepository;
import cn.yiwang.hotline.ticket.domain.TicketStateException;
import cn.yiwang.hotline.ticket.domain.TicketType;
import cn.yiwang.hotline.ticket.domain.Urgency;
import cn.yiwang.hotline.ticket.messaging.TicketEventFactory;
import cn.yiwang.hotline.triage.EmergencyLine;
import cn.yiwang.hotline.triage.TriageResult;
import cn.yiwang.hotline.triage.TriageRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import static cn.yiwang.common.calendar.WorkingDayCalendar.ZONE;

/**
 * The use cases of a ticket, one method each. Every method checks who is asking (role and scope),
 * lets the ticket apply its rules, stores it and publishes the events of the steps it took, all in
 * one transaction (outbox).
 */
@Service
public class TicketCommands {

    private static final Logger log = LoggerFactory.getLogger(TicketCommands.class);
    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** The channels a citizen reaches the hotline through by themselves. */
    private static final Set<Channel> SELF_SERVICE = EnumSet.of(Channel.WEB, Channel.MOBILE, Channel.MINI_PROGRAM);
    /** Who dispatches a ticket by the catalogue's rule at intake (the timeline's DISPATCHED step names it). */
    public static final By AUTO_DISPATCH = By.person("auto-dispatch");
    /** How many values of the number sequence one round trip takes. */
    static final int NUMBER_BLOCK = 20;
    /** Where intake keeps the Idempotency-Keys it was sent (V10). */
    /** 8–255 visible ASCII characters (a UUID fits), as case-service accepts. */
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{8,255}");
    static final IdempotentSubmissions.Ledger INTAKE_LEDGER =
            new IdempotentSubmissions.Ledger("ticket_request", "ticket_id", "hotline.idempotency.reused");

    private final TicketRepository tickets;
    private final TicketQueries queries;
    private final Categories categories;
    private final DispatchCatalogue catalogue;
    private final TriageRules triage;
    private final TicketProperties properties;
    private final TimeLimitClock limitClock;
    private final ObjectProvider<PersonalDataProtector> protector;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Messages messages;
    private final Clock clock;
    private final NewTickets newTickets;
    private final IdempotentSubmissions submissions;
    private final TransactionTemplate transactions;
    private final Queue<Long> numbers = new ConcurrentLinkedQueue<>();

    public TicketCommands(TicketRepository tickets, TicketQueries queries, Categories categories,
                          DispatchCatalogue catalogue, TriageRules triage, TicketProperties properties,
                          TimeLimitClock limitClock, ObjectProvider<PersonalDataProtector> protector,
                          ApplicationEventPublisher events, JdbcTemplate jdbc, Messages messages, Clock clock,
                          NewTickets newTickets, IdempotentSubmissions submissions, PlatformTransactionManager transactions) {
        this.tickets = tickets;
        this.queries = queries;
        this.categories = categories;
        this.catalogue = catalogue;
        this.triage = triage;
        this.properties = properties;
        this.limitClock = limitClock;
        this.protector = protector;
        this.events = events;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
        this.newTickets = newTickets;
        this.submissions = submissions;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** What intake receives from any channel; the caller's contact is optional (anonymous allowed). */
    public record NewTicket(Channel channel, TicketType type, String categoryCode, String regionCode, String location,
                            Double latitude, Double longitude, String description, Urgency urgency, String mediaUrl,
                            String externalRef, String callerName, String callerPhone, String callerAddress) {
    }

    /**
     * The new ticket with what the agent needs next: triage flags, the catalogue's dispatch
     * proposal and open tickets that look like the same matter (proposed for merging).
     */
    public record IntakeResult(TicketView ticket, String emergencyLine, String legalRoute, String legalRouteText,
                               DispatchProposal dispatchProposal, List<TicketQueries.TicketSummary> duplicateCandidates) {
    }

    /** An intake answered: the new ticket, or for a retry under the same Idempotency-Key the ticket filed first. */
    public record Registered(IntakeResult result, boolean replayed) {
    }

    /** Intake without an Idempotency-Key (Open311, which has none): every call files a ticket. */
    public IntakeResult register(Actor actor, NewTicket request) {
        return register(actor, null, request).result();
    }

    /**
     * Files a ticket, once per {@code Idempotency-Key} when the caller sends one ({@link IdempotentSubmissions}):
     * a retry, or a concurrent duplicate, answers with the ticket filed first; the same key with another request
     * is refused (422). Without a key every call files a ticket (an agent types a call in once).
     *
     * <p>Issue 8's burst: everything that needs no database — checks, triage, encryption of the caller's
     * contact, the catalogue's department and the handling limit, the number (from a block held in memory) — is
     * done before a connection is taken; the transaction inserts the ticket with its timeline in one statement,
     * writes its events to the outbox, checks the hotspot and reads the duplicate candidates: one connection,
     * five round trips with the commit.
     */
    public Registered register(Actor actor, String idempotencyKey, NewTicket request) {
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw ProblemException.unprocessable(List.of(new Violation("Idempotency-Key", "invalid",
                    messages.text("hotline.idempotency.invalid"))));
        }
        if (idempotencyKey == null) {
            PreparedTicket prepared = prepare(actor, request);
            Filed filed = transactions.execute(status -> file(prepared));
            return new Registered(answer(actor, filed, prepared.proposal()), false);
        }
        IdempotentSubmissions.Submitted<Filed> submitted = submissions.submit(INTAKE_LEDGER, actor, idempotencyKey,
                request, new IdempotentSubmissions.Submission<PreparedTicket, Filed>() {
                    @Override
                    public PreparedTicket prepare() {
                        return TicketCommands.this.prepare(actor, request);
                    }

                    @Override
                    public UUID id(PreparedTicket prepared) {
                        return UUID.fromString(prepared.ticket().id());
                    }

                    @Override
                    public Filed file(PreparedTicket prepared) {
                        return TicketCommands.this.file(prepared);
                    }

                    @Override
                    public Filed replay(UUID filed) {
                        return new Filed(tickets.findById(filed.toString()).orElseThrow(), null);
                    }
                });
        Ticket ticket = submitted.answer().ticket();
        return new Registered(answer(actor, submitted.answer(), catalogue.propose(ticket.categoryCode(),
                ticket.regionCode())), submitted.replayed());
    }

    /** A ticket stored, with its duplicate candidates when they were read while storing it. */
    private record Filed(Ticket ticket, List<TicketQueries.TicketSummary> duplicates) {
    }

    /** A ticket checked and built (registered, and dispatched when the rule applies) but not stored yet. */
    private record PreparedTicket(Ticket ticket, Optional<DispatchProposal> proposal) {
    }

    private PreparedTicket prepare(Actor actor, NewTicket request) {
        Channel channel = channelFor(actor, request.channel());
        Category category = requireLeafCategory(request.categoryCode());
        List<Violation> violations = new ArrayList<>();
        if (!RegionCode.isValid(request.regionCode())) {
            violations.add(new Violation("regionCode", "invalid", messages.text("hotline.intake.region.invalid")));
        }
        if (channel == Channel.POLICE_110 && !category.transferFrom110()) {
            // 国办发〔2022〕12号: only matters on the agreed list pass from 110 to 12345.
            violations.add(new Violation("categoryCode", "not-on-transfer-list",
                    messages.text("hotline.intake.from-110.not-on-list", category.code())));
        }
        if (channel == Channel.POLICE_110 && blank(request.externalRef())) {
            violations.add(new Violation("externalRef", "required", messages.text("hotline.intake.from-110.reference")));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
        if (!actor.isHolder()) {
            actor.requireRegion(request.regionCode());
        }
        Ticket.Caller caller = caller(actor, request);
        TriageResult flags = triage.triage(request.description());
        Instant now = clock.instant();
        Ticket.Intake intake = new Ticket.Intake(channel, request.type(), category.code(), request.regionCode(),
                request.location(), request.latitude(), request.longitude(), request.description(), request.urgency(),
                request.mediaUrl(), request.externalRef(), actor.hasRole(Roles.PARTNER_SYSTEM) ? actor.clientId() : null);
        Ticket ticket = apply(() -> Ticket.register(UUID.randomUUID().toString(), nextNumber(now), intake, caller, flags,
                by(actor), now));
        Optional<DispatchProposal> proposal = catalogue.propose(category.code(), request.regionCode());
        if (proposal.isPresent() && dispatchesItself(ticket)) {
            DispatchProposal rule = proposal.get();
            ticket.dispatch(new Department(rule.leadOrgCode(), rule.leadOrgName()), rule.assistingOrgCodes(),
                    properties.limitPolicy().limitFor(ticket.type(), ticket.urgency(), ticket.categoryCode()), limitClock,
                    AUTO_DISPATCH, now);
        }
        return new PreparedTicket(ticket, proposal);
    }

    /**
     * Stores the prepared ticket once, registered and (if the rule applies) dispatched, publishes its events
     * and reads its duplicate candidates on the same connection; in the caller's transaction.
     */
    private Filed file(PreparedTicket prepared) {
        newTickets.insert(prepared.ticket());
        publish(prepared.ticket(), 0);
        return new Filed(prepared.ticket(), queries.duplicateCandidates(prepared.ticket()));
    }

    /** What the agent needs next: triage flags, the catalogue's proposal and the duplicate candidates. */
    private IntakeResult answer(Actor actor, Filed filed, Optional<DispatchProposal> proposal) {
        Ticket ticket = filed.ticket();
        return new IntakeResult(queries.view(actor, ticket),
                ticket.emergencyLine() == null ? null : ticket.emergencyLine().number(),
                ticket.legalRoute() == null ? null : ticket.legalRoute().name(),
                ticket.legalRoute() == null ? null : messages.text("hotline.legal-route." + ticket.legalRoute().name()),
                proposal.orElse(null), filed.duplicates() != null ? filed.duplicates() : queries.duplicateCandidates(ticket));
    }

    /**
     * Whether a new ticket goes straight to the catalogue's department: only from the configured
     * channels, and never when triage flagged an emergency or a legal route, nor for consultations,
     * which the centre answers itself.
     */
    private boolean dispatchesItself(Ticket ticket) {
        return properties.autoDispatchChannels().contains(ticket.channel()) && ticket.emergencyLine() == null
                && ticket.legalRoute() == null && ticket.type() != TicketType.CONSULTATION
                && ticket.urgency() != Urgency.EMERGENCY;
    }

    @Transactional
    public TicketView answer(Actor actor, String id, String answer) {
        return change(actor, id, (ticket, by) -> ticket.answerDirectly(answer, by, clock.instant()));
    }

    /**
     * Dispatches to the given department, or to the catalogue's proposal when none is given. The
     * handling limit comes from the configured rules for the ticket's type, urgency and category.
     */
    @Transactional
    public TicketView dispatch(Actor actor, String id, String leadOrgCode, List<String> assisting) {
        return change(actor, id, (ticket, by) -> {
            Target target = target(ticket, leadOrgCode, assisting);
            ticket.dispatch(target.lead(), target.assisting(),
                    properties.limitPolicy().limitFor(ticket.type(), ticket.urgency(), ticket.categoryCode()),
                    limitClock, by, clock.instant());
        });
    }

    @Transactional
    public TicketView accept(Actor actor, String id) {
        return change(actor, id, (ticket, by) -> ticket.accept(by, clock.instant()));
    }

    @Transactional
    public TicketView returnToCentre(Actor actor, String id, String reason) {
        return change(actor, id, (ticket, by) -> ticket.returnToCentre(reason, by, clock.instant()));
    }

    @Transactional
    public TicketView reassign(Actor actor, String id, String leadOrgCode, List<String> assisting) {
        return change(actor, id, (ticket, by) -> {
            Target target = target(ticket, requireOrg(leadOrgCode), assisting);
            ticket.reassign(target.lead(), target.assisting(), limitClock, by, clock.instant());
        });
    }

    @Transactional
    public TicketView decideOwnership(Actor actor, String id, String leadOrgCode, List<String> assisting, String reason) {
        return change(actor, id, (ticket, by) -> {
            Target target = target(ticket, requireOrg(leadOrgCode), assisting);
            ticket.decideOwnership(target.lead(), target.assisting(), reason, limitClock, by, clock.instant());
        });
    }

    @Transactional
    public TicketView requestExtension(Actor actor, String id, int additional, String reason) {
        return change(actor, id, (ticket, by) -> ticket.requestExtension(additional, reason, by, clock.instant()));
    }

    @Transactional
    public TicketView decideExtension(Actor actor, String id, boolean approve, String reason) {
        return change(actor, id, (ticket, by) -> {
            if (approve) {
                ticket.approveExtension(limitClock, by, clock.instant());
            } else {
                ticket.rejectExtension(reason, by, clock.instant());
            }
        });
    }

    @Transactional
    public TicketView supervise(Actor actor, String id, String note) {
        return change(actor, id, (ticket, by) -> ticket.supervise(note, properties.escalation().escalationChain(), by,
                clock.instant()));
    }

    /**
     * Records in the ticket's timeline that whom an escalation notified ({@code notified}: the
     * region's code or the department's) acknowledged it. The escalation inbox decides whether the
     * actor is an addressee and acknowledges each notice once.
     */
    @Transactional
    public TicketView acknowledgeEscalation(Actor actor, String id, int level, EscalationChain.Step step,
                                            String notified) {
        return change(actor, id, (ticket, by) -> ticket.acknowledgeEscalation(level, step, notified, actor.name(), by,
                clock.instant()));
    }

    @Transactional
    public TicketView reply(Actor actor, String id, String text) {
        return change(actor, id, (ticket, by) -> ticket.reply(text, by, clock.instant()));
    }

    @Transactional
    public TicketView returnVisit(Actor actor, String id, Satisfaction verdict, Boolean resolved, String note) {
        return change(actor, id, (ticket, by) -> ticket.returnVisit(verdict, resolved, note, properties.maxReopenings(),
                limitClock, by, clock.instant()));
    }

    @Transactional
    public TicketView transfer(Actor actor, String id, EmergencyLine line, String theirReference) {
        Set<String> transferList = categories.transferListTo110();
        return change(actor, id, (ticket, by) -> ticket.transferOut(line, theirReference, transferList, by, clock.instant()));
    }

    /**
     * 联动: the centre takes up a matter jointly with 110, with 110's reference number. Only matters on
     * the agreed list (either direction) or flagged as police emergencies are handled jointly.
     */
    @Transactional
    public TicketView handleJointlyWith110(Actor actor, String id, String policeReference) {
        Set<String> onList = categories.jointListWith110();
        return change(actor, id, (ticket, by) -> ticket.handleJointlyWith110(policeReference,
                onList.contains(ticket.categoryCode()), by, clock.instant()));
    }

    /**
     * Progress of one side of a joint matter: 110's side is entered by the centre (as 110 reports it)
     * or by 110's own system (a partner system); 12345's side by the centre or the lead department.
     */
    @Transactional
    public TicketView recordJointProgress(Actor actor, String id, JointSide side, String note, boolean partDone) {
        boolean centre = TicketAccess.isCentreStaff(actor);
        boolean allowed = side == JointSide.POLICE_110
                ? centre || actor.hasRole(Roles.PARTNER_SYSTEM)
                : centre || actor.hasRole(Roles.DEPT_ADMIN);
        if (!allowed) {
            throw ProblemException.forbidden("hotline.ticket.joint.side-not-yours", side);
        }
        return change(actor, id, (ticket, by) -> {
            if (side == JointSide.HOTLINE_12345 && !centre && !by.orgCode().equals(ticket.leadOrgCode())) {
                throw new TicketStateException("hotline.ticket.not-lead-department", ticket.number());
            }
            ticket.recordJointProgress(side, note, partDone, by, clock.instant());
        });
    }

    /** 并单: merges {@code id} into {@code primaryId}; both must be visible to the agent. */
    @Transactional
    public TicketView merge(Actor actor, String id, String primaryId) {
        Ticket duplicate = queries.visible(actor, id);
        Ticket primary = queries.visible(actor, primaryId);
        int duplicateSteps = duplicate.steps().size();
        int primarySteps = primary.steps().size();
        apply(() -> {
            duplicate.mergeInto(primary, by(actor), clock.instant());
            return null;
        });
        tickets.save(duplicate);
        tickets.save(primary);
        publish(duplicate, duplicateSteps);
        publish(primary, primarySteps);
        return queries.view(actor, duplicate);
    }

    /**
     * The overdue sweep: supervises overdue tickets and escalates those that stay overdue
     * (督办, 升级督办). Runs on a schedule over every region.
     *
     * @return how many tickets were supervised or escalated
     */
    @Transactional
    public int superviseOverdue() {
        return superviseOverdue("");
    }

    /**
     * The overdue sweep run now by a supervisor: only the tickets of their region's subtree, as the
     * supervisor sees and acts only there (a county's supervisor cannot supervise another county's tickets).
     */
    @Transactional
    public int superviseOverdue(Actor supervisor) {
        if (!RegionCode.isValid(supervisor.regionCode())) {
            throw ProblemException.forbidden("hotline.supervision.no-region");
        }
        return superviseOverdue(RegionCode.of(supervisor.regionCode()).prefix());
    }

    private int superviseOverdue(String regionPrefix) {
        Instant now = clock.instant();
        List<String> overdue = jdbc.queryForList("""
                select id from ticket where status in ('DISPATCHED', 'IN_HANDLING') and due_at <= ? and region_code like ?
                order by due_at limit 500""",
                String.class, Timestamp.from(now), regionPrefix + "%");
        int supervised = 0;
        By sweep = By.SUPERVISION_SWEEP;
        for (String id : overdue) {
            Ticket ticket = tickets.findById(id).orElseThrow();
            int before = ticket.steps().size();
            if (ticket.superviseIfOverdue(properties.escalation().interval(), limitClock,
                    properties.escalation().escalationChain(), sweep, now)) {
                tickets.save(ticket);
                publish(ticket, before);
                supervised++;
            }
        }
        return supervised;
    }

    /**
     * The outcome of a vector-control complaint becomes the lead department's reply (flow 5). A
     * ticket that is not waiting for a reply any more (already replied, closed) is left alone: the
     * outcome is then only logged.
     *
     * @return whether the ticket took the reply
     */
    @Transactional
    public boolean replyFromVectorControl(String ticketId, String complaintId, String outcome, String handledBy) {
        Optional<Ticket> found = tickets.findById(ticketId);
        if (found.isEmpty()) {
            log.warn("vector-control complaint {} refers to unknown ticket {}", complaintId, ticketId);
            return false;
        }
        Ticket ticket = found.get();
        int before = ticket.steps().size();
        By department = new By(handledBy == null ? "vector-control-service" : handledBy, ticket.leadOrgCode());
        try {
            ticket.replyFromDepartmentSystem(outcome, department, clock.instant());
        } catch (TicketStateException e) {
            log.info("vector-control complaint {} for ticket {} not taken as reply: {}", complaintId, ticketId, e.getMessage());
            return false;
        }
        tickets.save(ticket);
        publish(ticket, before);
        return true;
    }

    private record Target(Department lead, List<String> assisting) {
    }

    private Target target(Ticket ticket, String leadOrgCode, List<String> assisting) {
        if (leadOrgCode == null) {
            DispatchProposal proposal = catalogue.propose(ticket.categoryCode(), ticket.regionCode())
                    .orElseThrow(() -> new TicketStateException("hotline.ticket.dispatch.no-rule", ticket.categoryCode(),
                            ticket.regionCode()));
            return new Target(new Department(proposal.leadOrgCode(), proposal.leadOrgName()),
                    assisting == null ? proposal.assistingOrgCodes() : assisting);
        }
        String name = catalogue.departmentName(leadOrgCode).orElse(leadOrgCode);
        return new Target(new Department(leadOrgCode, name), assisting == null ? List.of() : assisting);
    }

    private static String requireOrg(String orgCode) {
        if (blank(orgCode)) {
            throw ProblemException.unprocessable(List.of(new Violation("leadOrgCode", "required", "leadOrgCode")));
        }
        return orgCode;
    }

    private TicketView change(Actor actor, String id, BiConsumer<Ticket, By> step) {
        Ticket ticket = queries.visible(actor, id);
        int before = ticket.steps().size();
        apply(() -> {
            step.accept(ticket, by(actor));
            return null;
        });
        tickets.save(ticket);
        publish(ticket, before);
        return queries.view(actor, ticket);
    }

    private static <T> T apply(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (TicketStateException e) {
            throw ProblemException.conflict(e.messageKey(), e.args());
        }
    }

    private void publish(Ticket ticket, int knownSteps) {
        Category category = categories.find(ticket.categoryCode()).orElse(null);
        ticket.stepsSince(knownSteps).forEach(step ->
                TicketEventFactory.of(ticket, step, category).ifPresent(events::publishEvent));
    }

    private Channel channelFor(Actor actor, Channel requested) {
        if (actor.isHolder()) {
            Channel channel = requested == null ? Channel.WEB : requested;
            if (!SELF_SERVICE.contains(channel)) {
                throw ProblemException.forbidden("hotline.intake.channel.not-self-service", channel);
            }
            return channel;
        }
        if (actor.hasRole(Roles.PARTNER_SYSTEM) && !TicketAccess.isCentreStaff(actor)) {
            return Channel.PARTNER;
        }
        if (TicketAccess.isCentreStaff(actor)) {
            return requested == null ? Channel.PHONE : requested;
        }
        throw ProblemException.forbidden("hotline.intake.not-allowed");
    }

    private Category requireLeafCategory(String code) {
        Optional<Category> category = categories.find(code);
        if (category.isEmpty() || !categories.isLeaf(code)) {
            throw ProblemException.unprocessable(List.of(new Violation("categoryCode", "unknown",
                    messages.text("hotline.intake.category.unknown", code))));
        }
        return category.get();
    }

    private Ticket.Caller caller(Actor actor, NewTicket request) {
        String idHash = actor.isHolder() ? actor.holderIdHash() : null;
        if (blank(request.callerName()) && blank(request.callerPhone()) && blank(request.callerAddress())) {
            return new Ticket.Caller(idHash, null, null, null, null);
        }
        PersonalDataProtector data = protector.getObject();
        return new Ticket.Caller(idHash,
                blank(request.callerName()) ? null : data.encrypt(request.callerName().strip()),
                blank(request.callerPhone()) ? null : data.encrypt(request.callerPhone().strip()),
                blank(request.callerPhone()) ? null : data.hash(request.callerPhone().strip()),
                blank(request.callerAddress()) ? null : data.encrypt(request.callerAddress().strip()));
    }

    /**
     * GD + date of intake (Beijing) + a six-digit sequence: what agents read out on the phone. The sequence
     * is taken {@value #NUMBER_BLOCK} values at a time and handed out from memory, so an intake seldom needs
     * a connection for its number (issue 8's burst); numbers stay unique across instances, and values left
     * over when an instance stops, or taken by a refused intake, are gaps.
     */
    private String nextNumber(Instant now) {
        Long sequence = numbers.poll();
        if (sequence == null) {
            List<Long> block = jdbc.queryForList("select nextval('ticket_number_seq') from generate_series(1, ?)",
                    Long.class, NUMBER_BLOCK);
            sequence = block.get(0);
            numbers.addAll(block.subList(1, block.size()));
        }
        return "GD" + LocalDate.ofInstant(now, ZONE).format(NUMBER_DATE) + String.format("%06d", sequence);
    }

    private static By by(Actor actor) {
        return new By(actor.subject(), actor.orgCode());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
