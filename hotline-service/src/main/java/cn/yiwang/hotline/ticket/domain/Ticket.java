package cn.yiwang.hotline.ticket.domain;

import cn.yiwang.common.calendar.TimeLimit;
import cn.yiwang.common.calendar.TimeLimitClock;
import cn.yiwang.hotline.triage.EmergencyLine;
import cn.yiwang.hotline.triage.LegalRoute;
import cn.yiwang.hotline.triage.TriageResult;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A 12345 ticket (工单) and its whole life: intake → direct answer, or dispatch → accept or return
 * (退单) → review and reassignment or ownership ruling (争议裁定) → handling within the limit, with
 * extensions and supervision (督办) → reply → return visit (回访) → closure, or reopening (重办).
 * The rules are those of 国办发〔2020〕53号 and 国办函〔2025〕66号; every method checks that the
 * current state allows the step and records it in the timeline, from which events are published.
 *
 * <p>Personal data of the caller arrives here already encrypted (ciphertext and keyed hash): the
 * domain never sees a phone number or an address of a person in clear.
 */
@Table("ticket")
public class Ticket {

    @Id
    private String id;
    @Version
    private Long version;
    private String number;
    private Channel channel;
    private TicketType type;
    private String categoryCode;
    private String regionCode;
    private String location;
    private Double latitude;
    private Double longitude;
    private String description;
    private Urgency urgency;
    private String mediaUrl;
    private String externalRef;
    private String partnerId;
    private String callerIdHash;
    private String callerNameCipher;
    private String callerPhoneCipher;
    private String callerPhoneHash;
    private String callerAddressCipher;
    private EmergencyLine emergencyLine;
    private LegalRoute legalRoute;
    private TicketStatus status;
    private String answer;
    private String leadOrgCode;
    private String leadOrgName;
    private String assistingOrgCodes;
    private boolean ownershipDecided;
    private String returnReason;
    private int returnCount;
    private Integer limitAmount;
    private TimeLimit.Unit limitUnit;
    private Instant clockStartedAt;
    private Instant dueAt;
    private Integer extensionRequested;
    private String extensionReason;
    private int supervisionLevel;
    private Instant lastSupervisedAt;
    private EscalationChain.Step escalationStep;
    private String escalationOrgCode;
    private String escalationRegionCode;
    private Instant dispatchedAt;
    private Instant acceptedAt;
    private String reply;
    private Instant repliedAt;
    private Boolean repliedOnTime;
    private int reopenCount;
    private Satisfaction satisfaction;
    private Boolean resolved;
    private EmergencyLine transferredTo;
    private String transferReference;
    private String mergedInto;
    private String jointPoliceReference;
    private Boolean jointPoliceDone;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant closedAt;
    @MappedCollection(idColumn = "ticket_id", keyColumn = "position")
    private List<TicketStep> steps = new ArrayList<>();

    Ticket() {
    }

    /** What intake knows about the matter; the caller's contact comes separately, encrypted. */
    public record Intake(Channel channel, TicketType type, String categoryCode, String regionCode, String location,
                         Double latitude, Double longitude, String description, Urgency urgency, String mediaUrl,
                         String externalRef, String partnerId) {

        public Intake {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(categoryCode, "categoryCode");
            Objects.requireNonNull(regionCode, "regionCode");
            urgency = urgency == null ? Urgency.NORMAL : urgency;
        }
    }

    /**
     * The caller as stored: all optional (anonymous calls are allowed), personal fields encrypted.
     *
     * @param idHash      keyed hash of the caller's ID number (from a citizen's token), by which the
     *                    caller later finds the ticket
     * @param phoneHash   keyed hash of the phone number, for duplicate detection
     */
    public record Caller(String idHash, String nameCipher, String phoneCipher, String phoneHash, String addressCipher) {

        public static Caller anonymous() {
            return new Caller(null, null, null, null, null);
        }
    }

    public static Ticket register(String id, String number, Intake intake, Caller caller, TriageResult triage, By by,
                                  Instant now) {
        if (intake.channel() == Channel.POLICE_110 && blank(intake.externalRef())) {
            // 国办发〔2022〕12号: both sides keep each other's reference number for every transfer.
            throw new TicketStateException("hotline.ticket.transfer.reference-required");
        }
        Ticket ticket = new Ticket();
        ticket.id = Objects.requireNonNull(id, "id");
        ticket.number = number;
        ticket.channel = intake.channel();
        ticket.type = intake.type();
        ticket.categoryCode = intake.categoryCode();
        ticket.regionCode = intake.regionCode();
        ticket.location = intake.location();
        ticket.latitude = intake.latitude();
        ticket.longitude = intake.longitude();
        ticket.description = intake.description();
        ticket.urgency = intake.urgency();
        ticket.mediaUrl = intake.mediaUrl();
        ticket.externalRef = intake.externalRef();
        ticket.partnerId = intake.partnerId();
        Caller who = caller == null ? Caller.anonymous() : caller;
        ticket.callerIdHash = who.idHash();
        ticket.callerNameCipher = who.nameCipher();
        ticket.callerPhoneCipher = who.phoneCipher();
        ticket.callerPhoneHash = who.phoneHash();
        ticket.callerAddressCipher = who.addressCipher();
        TriageResult flags = triage == null ? TriageResult.none() : triage;
        ticket.emergencyLine = flags.emergencyLine();
        ticket.legalRoute = flags.legalRoute();
        ticket.status = TicketStatus.REGISTERED;
        ticket.createdAt = now;
        ticket.record(StepAction.REGISTERED, by, now, intake.channel().name());
        return ticket;
    }

    /**
     * Concludes on the spot with an answer from the knowledge base. Only consultations, and
     * matters that belong to a legal route (the answer explains the route), are concluded this way;
     * everything else needs a department.
     */
    public void answerDirectly(String answerText, By agent, Instant now) {
        requireStatus(StepAction.ANSWERED, TicketStatus.REGISTERED);
        if (type != TicketType.CONSULTATION && legalRoute == null) {
            throw new TicketStateException("hotline.ticket.answer.not-a-consultation", type);
        }
        requireText(answerText, "hotline.ticket.answer.required");
        answer = answerText;
        record(StepAction.ANSWERED, agent, now, legalRoute == null ? null : legalRoute.name());
        close(agent, now, null);
    }

    /** Sends the ticket to a lead department (and assisting ones) and starts the handling clock. */
    public void dispatch(Department lead, List<String> assisting, TimeLimit limit, TimeLimitClock clock, By centre,
                         Instant now) {
        requireStatus(StepAction.DISPATCHED, TicketStatus.REGISTERED);
        assignTo(lead, assisting);
        limitAmount = limit.amount();
        limitUnit = limit.unit();
        startClock(clock, now);
        dispatchedAt = now;
        record(StepAction.DISPATCHED, centre, now, lead.orgCode());
    }

    /** The lead department takes the ticket on. */
    public void accept(By department, Instant now) {
        requireStatus(StepAction.ACCEPTED, TicketStatus.DISPATCHED);
        requireLead(department);
        acceptedAt = now;
        status = TicketStatus.IN_HANDLING;
        record(StepAction.ACCEPTED, department, now, null);
    }

    /**
     * The lead department objects to the dispatch (退单) with a reason; the centre reviews it. Once
     * the centre has decided ownership (争议裁定) the decision binds: no further return.
     */
    public void returnToCentre(String reason, By department, Instant now) {
        requireStatus(StepAction.RETURNED, TicketStatus.DISPATCHED);
        requireLead(department);
        requireText(reason, "hotline.ticket.return.reason-required");
        if (ownershipDecided) {
            throw new TicketStateException("hotline.ticket.return.ownership-decided", number);
        }
        returnReason = reason;
        returnCount++;
        status = TicketStatus.RETURNED;
        record(StepAction.RETURNED, department, now, reason);
    }

    /** The centre accepts the return and sends the ticket to another department, with a fresh limit. */
    public void reassign(Department lead, List<String> assisting, TimeLimitClock clock, By centre, Instant now) {
        requireStatus(StepAction.REASSIGNED, TicketStatus.RETURNED);
        if (lead.orgCode().equals(leadOrgCode)) {
            throw new TicketStateException("hotline.ticket.reassign.same-department", lead.orgCode());
        }
        assignTo(lead, assisting);
        startClock(clock, now);
        dispatchedAt = now;
        record(StepAction.REASSIGNED, centre, now, lead.orgCode());
    }

    /**
     * 争议裁定: the centre decides which department leads (possibly the one that returned it) and
     * which assist; the decision is final for this ticket.
     */
    public void decideOwnership(Department lead, List<String> assisting, String reason, TimeLimitClock clock,
                                By centre, Instant now) {
        requireStatus(StepAction.OWNERSHIP_DECIDED, TicketStatus.RETURNED);
        requireText(reason, "hotline.ticket.ownership.reason-required");
        assignTo(lead, assisting);
        ownershipDecided = true;
        startClock(clock, now);
        dispatchedAt = now;
        record(StepAction.OWNERSHIP_DECIDED, centre, now, lead.orgCode() + ": " + reason);
    }

    /** The lead department asks for more time; one request may be pending at a time. */
    public void requestExtension(int additional, String reason, By department, Instant now) {
        requireStatus(StepAction.EXTENSION_REQUESTED, TicketStatus.DISPATCHED, TicketStatus.IN_HANDLING);
        requireLead(department);
        requireText(reason, "hotline.ticket.extension.reason-required");
        if (additional <= 0) {
            throw new TicketStateException("hotline.ticket.extension.positive");
        }
        if (extensionRequested != null) {
            throw new TicketStateException("hotline.ticket.extension.pending", number);
        }
        extensionRequested = additional;
        extensionReason = reason;
        record(StepAction.EXTENSION_REQUESTED, department, now, additional + " " + limitUnit + ": " + reason);
    }

    /** The centre grants the requested extension: the limit grows by it, from the same start. */
    public void approveExtension(TimeLimitClock clock, By centre, Instant now) {
        requirePendingExtension();
        limitAmount = limitAmount + extensionRequested;
        dueAt = clock.dueAt(clockStartedAt, limit());
        record(StepAction.EXTENSION_APPROVED, centre, now, String.valueOf(extensionRequested));
        extensionRequested = null;
    }

    public void rejectExtension(String reason, By centre, Instant now) {
        requirePendingExtension();
        record(StepAction.EXTENSION_REJECTED, centre, now, reason);
        extensionRequested = null;
    }

    /**
     * 督办: a supervisor (or the overdue sweep) presses the ticket. The first supervision is level 1;
     * each further one escalates (升级督办) one rung up the configured chain, and the ticket keeps who
     * it was escalated to (the department, or the supervisors of a region), whom the event notifies.
     */
    public void supervise(String note, EscalationChain chain, By supervisor, Instant now) {
        requireStatus(StepAction.SUPERVISED, TicketStatus.DISPATCHED, TicketStatus.IN_HANDLING, TicketStatus.RETURNED);
        supervisionLevel++;
        lastSupervisedAt = now;
        EscalationChain.Escalation escalation = chain.at(supervisionLevel, leadOrgCode, regionCode);
        escalationStep = escalation.step();
        escalationOrgCode = escalation.orgCode();
        escalationRegionCode = escalation.regionCode();
        String to = escalation.step() + " " + (escalation.orgCode() != null ? escalation.orgCode() : escalation.regionCode());
        record(supervisionLevel == 1 ? StepAction.SUPERVISED : StepAction.ESCALATED, supervisor, now,
                note == null || note.isBlank() ? to : to + ": " + note);
    }

    /**
     * What the overdue sweep does: an overdue ticket nobody has supervised is supervised; one
     * supervised at least {@code escalateEvery} ago (in working days by default, on the official
     * calendar) and still overdue is escalated to the next rung of the chain.
     *
     * @return whether the ticket was supervised or escalated
     */
    public boolean superviseIfOverdue(TimeLimit escalateEvery, TimeLimitClock clock, EscalationChain chain, By sweep,
                                      Instant now) {
        if (!isOverdue(now)) {
            return false;
        }
        if (supervisionLevel > 0 && clock.dueAt(lastSupervisedAt, escalateEvery).isAfter(now)) {
            return false;
        }
        supervise("overdue since " + dueAt, chain, sweep, now);
        return true;
    }

    /**
     * Whoever an escalation notified (the supervisors of a region, or the department) acknowledges
     * it: the timeline keeps who and when, whatever the ticket's state by then (the notice may be
     * read after the ticket was replied or closed). Whether a notice was already acknowledged is
     * the inbox's business; the ticket only records it.
     */
    public void acknowledgeEscalation(int level, EscalationChain.Step step, String notified, String who, By by,
                                      Instant now) {
        Objects.requireNonNull(step, "step");
        if (level < 1) {
            throw new IllegalArgumentException("supervision levels start at 1: " + level);
        }
        record(StepAction.ESCALATION_ACKNOWLEDGED, by, now, "level " + level + " " + step + " " + notified
                + " acknowledged by " + (blank(who) ? by.subject() : who));
    }

    public boolean isOverdue(Instant now) {
        return (status == TicketStatus.DISPATCHED || status == TicketStatus.IN_HANDLING)
                && dueAt != null && !now.isBefore(dueAt);
    }

    /** The lead department's reply to the caller; whether it came in time is kept for the KPIs. */
    public void reply(String text, By department, Instant now) {
        requireStatus(StepAction.REPLIED, TicketStatus.IN_HANDLING);
        requireLead(department);
        requireText(text, "hotline.ticket.reply.required");
        reply = text;
        repliedAt = now;
        repliedOnTime = dueAt == null || now.isBefore(dueAt);
        status = TicketStatus.REPLIED;
        record(StepAction.REPLIED, department, now, null);
    }

    /**
     * The reply of a department that handles the matter in its own system (vector control): the
     * complaint there counts as the acceptance here, so a ticket still waiting for acceptance is
     * accepted first.
     */
    public void replyFromDepartmentSystem(String text, By department, Instant now) {
        if (status == TicketStatus.DISPATCHED) {
            accept(department, now);
        }
        reply(text, department, now);
    }

    /**
     * 回访: the caller's verdict. Satisfied (or unreachable) closes the ticket; dissatisfied reopens
     * it (重办) with a fresh limit while reopenings remain, otherwise closes it as dissatisfied.
     */
    public void returnVisit(Satisfaction verdict, Boolean wasResolved, String note, int maxReopenings,
                            TimeLimitClock clock, By agent, Instant now) {
        requireStatus(StepAction.VISITED, TicketStatus.REPLIED);
        Objects.requireNonNull(verdict, "verdict");
        satisfaction = verdict;
        resolved = wasResolved;
        record(StepAction.VISITED, agent, now, verdict + (note == null ? "" : ": " + note));
        if (verdict == Satisfaction.DISSATISFIED && reopenCount < maxReopenings) {
            reopenCount++;
            reply = null;
            repliedAt = null;
            repliedOnTime = null;
            status = TicketStatus.IN_HANDLING;
            startClock(clock, now);
            record(StepAction.REOPENED, agent, now, note);
            return;
        }
        close(agent, now, null);
    }

    /**
     * One-key transfer to 110 (or another emergency line) with the other side's reference number.
     * Emergencies go to any line at once; without an emergency flag only categories on the agreed
     * transfer list go to 110 (国办发〔2022〕12号: matters clearly in the other line's scope).
     */
    public void transferOut(EmergencyLine line, String theirReference, Set<String> transferListTo110, By agent,
                            Instant now) {
        requireStatus(StepAction.TRANSFERRED, TicketStatus.REGISTERED);
        requireText(theirReference, "hotline.ticket.transfer.reference-required");
        if (jointPoliceReference != null) {
            // Handled jointly: 12345 keeps its part, so the ticket cannot be handed away as well.
            throw new TicketStateException("hotline.ticket.joint.already", number, jointPoliceReference);
        }
        boolean emergency = emergencyLine != null || urgency == Urgency.EMERGENCY;
        if (!emergency && (line != EmergencyLine.POLICE_110 || !transferListTo110.contains(categoryCode))) {
            throw new TicketStateException("hotline.ticket.transfer.not-on-list", categoryCode, line.number());
        }
        transferredTo = line;
        transferReference = theirReference;
        status = TicketStatus.TRANSFERRED;
        closedAt = now;
        record(StepAction.TRANSFERRED, agent, now, line.number() + " " + theirReference);
    }

    /**
     * 联动: the matter is handled jointly with 110 (国办发〔2022〕12号: disputes that may turn violent,
     * matters on the agreed transfer list). Unlike a transfer the ticket stays open here: each line
     * keeps the other's reference number and handles its own part; 12345's ticket closes when its
     * own part is done (reply and return visit), whatever the state of 110's part. A matter handed
     * over by 110 already carries 110's number, which is taken when no other is given.
     */
    public void handleJointlyWith110(String reference, boolean onTransferList, By agent, Instant now) {
        requireStatus(StepAction.JOINT_HANDLING_STARTED, TicketStatus.REGISTERED, TicketStatus.DISPATCHED,
                TicketStatus.IN_HANDLING, TicketStatus.RETURNED);
        String policeReference = blank(reference) && channel == Channel.POLICE_110 ? externalRef : reference;
        requireText(policeReference, "hotline.ticket.transfer.reference-required");
        if (jointPoliceReference != null) {
            throw new TicketStateException("hotline.ticket.joint.already", number, jointPoliceReference);
        }
        if (!onTransferList && emergencyLine != EmergencyLine.POLICE_110) {
            throw new TicketStateException("hotline.ticket.joint.not-on-list", categoryCode);
        }
        jointPoliceReference = policeReference.strip();
        jointPoliceDone = false;
        record(StepAction.JOINT_HANDLING_STARTED, agent, now, "110 " + jointPoliceReference);
    }

    /**
     * Progress of one side of a joint matter. 110's side may report until its part is done, even
     * after 12345's ticket has closed; 12345's side records progress only while its ticket is open
     * and finishes its part by the reply and the return visit, never by a note.
     */
    public void recordJointProgress(JointSide side, String note, boolean partDone, By by, Instant now) {
        if (jointPoliceReference == null) {
            throw new TicketStateException("hotline.ticket.joint.not-joint", number);
        }
        requireText(note, "hotline.ticket.joint.note-required");
        if (side == JointSide.POLICE_110) {
            if (Boolean.TRUE.equals(jointPoliceDone)) {
                throw new TicketStateException("hotline.ticket.joint.police-done", number);
            }
            jointPoliceDone = partDone;
        } else {
            if (status.isFinal()) {
                throw new TicketStateException("hotline.ticket.illegal-step", StepAction.JOINT_PROGRESS, status);
            }
            if (partDone) {
                throw new TicketStateException("hotline.ticket.joint.own-part-by-reply");
            }
        }
        record(StepAction.JOINT_PROGRESS, by, now, side + (partDone ? " DONE" : "") + ": " + note);
    }

    /** 并单: this ticket is a duplicate of {@code primary}; it ends here and the primary carries on. */
    public void mergeInto(Ticket primary, By agent, Instant now) {
        requireStatus(StepAction.MERGED, TicketStatus.REGISTERED);
        if (primary.id.equals(id) || primary.status.isFinal()) {
            throw new TicketStateException("hotline.ticket.merge.primary-not-open", primary.number);
        }
        mergedInto = primary.id;
        status = TicketStatus.MERGED;
        closedAt = now;
        record(StepAction.MERGED, agent, now, primary.number);
        primary.record(StepAction.DUPLICATE_MERGED, agent, now, number);
    }

    /** The current deadline and limit as they stand, or {@code null} before dispatch. */
    public TimeLimit limit() {
        return limitAmount == null ? null : new TimeLimit(limitAmount, limitUnit);
    }

    private void close(By by, Instant now, String note) {
        status = TicketStatus.CLOSED;
        closedAt = now;
        record(StepAction.CLOSED, by, now, note);
    }

    private void assignTo(Department lead, List<String> assisting) {
        Objects.requireNonNull(lead, "lead");
        leadOrgCode = lead.orgCode();
        leadOrgName = lead.name();
        List<String> others = assisting == null ? List.of()
                : assisting.stream().filter(code -> !code.equals(lead.orgCode())).distinct().toList();
        assistingOrgCodes = others.isEmpty() ? null : String.join(",", others);
        returnReason = null;
        status = TicketStatus.DISPATCHED;
    }

    private void startClock(TimeLimitClock clock, Instant now) {
        clockStartedAt = now;
        dueAt = clock.dueAt(now, limit());
        supervisionLevel = 0;
        lastSupervisedAt = null;
        escalationStep = null;
        escalationOrgCode = null;
        escalationRegionCode = null;
        extensionRequested = null;
    }

    private void requirePendingExtension() {
        if (extensionRequested == null) {
            throw new TicketStateException("hotline.ticket.extension.none-pending", number);
        }
    }

    private void requireLead(By department) {
        if (department.orgCode() == null || !department.orgCode().equals(leadOrgCode)) {
            throw new TicketStateException("hotline.ticket.not-lead-department", number);
        }
    }

    private void requireStatus(StepAction step, TicketStatus... allowed) {
        if (Arrays.stream(allowed).noneMatch(candidate -> candidate == status)) {
            throw new TicketStateException("hotline.ticket.illegal-step", step, status);
        }
    }

    private static void requireText(String text, String key) {
        if (blank(text)) {
            throw new TicketStateException(key);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void record(StepAction action, By by, Instant now, String note) {
        steps.add(new TicketStep(action, now, by == null ? null : by.subject(), by == null ? null : by.orgCode(), note));
        updatedAt = now;
    }

    /** The steps recorded since {@code count} steps were known: what a command has just done. */
    public List<TicketStep> stepsSince(int count) {
        return List.copyOf(steps.subList(count, steps.size()));
    }

    public boolean isHandledBy(String orgCode) {
        return orgCode != null && (orgCode.equals(leadOrgCode) || assistingOrgs().contains(orgCode));
    }

    public List<String> assistingOrgs() {
        return assistingOrgCodes == null ? List.of() : List.of(assistingOrgCodes.split(","));
    }

    public String id() { return id; }
    public Long version() { return version; }
    public String number() { return number; }
    public Channel channel() { return channel; }
    public TicketType type() { return type; }
    public String categoryCode() { return categoryCode; }
    public String regionCode() { return regionCode; }
    public String location() { return location; }
    public Double latitude() { return latitude; }
    public Double longitude() { return longitude; }
    public String description() { return description; }
    public Urgency urgency() { return urgency; }
    public String mediaUrl() { return mediaUrl; }
    public String externalRef() { return externalRef; }
    public String partnerId() { return partnerId; }
    public String callerIdHash() { return callerIdHash; }
    public String callerNameCipher() { return callerNameCipher; }
    public String callerPhoneCipher() { return callerPhoneCipher; }
    public String callerPhoneHash() { return callerPhoneHash; }
    public String callerAddressCipher() { return callerAddressCipher; }
    public EmergencyLine emergencyLine() { return emergencyLine; }
    public LegalRoute legalRoute() { return legalRoute; }
    public TicketStatus status() { return status; }
    public String answer() { return answer; }
    public String leadOrgCode() { return leadOrgCode; }
    public String leadOrgName() { return leadOrgName; }
    public boolean ownershipDecided() { return ownershipDecided; }
    public String returnReason() { return returnReason; }
    public int returnCount() { return returnCount; }
    public Instant clockStartedAt() { return clockStartedAt; }
    public Instant dueAt() { return dueAt; }
    public Integer extensionRequested() { return extensionRequested; }
    public String extensionReason() { return extensionReason; }
    public int supervisionLevel() { return supervisionLevel; }
    public Instant lastSupervisedAt() { return lastSupervisedAt; }
    public Instant dispatchedAt() { return dispatchedAt; }
    public Instant acceptedAt() { return acceptedAt; }
    public String reply() { return reply; }
    public Instant repliedAt() { return repliedAt; }
    public Boolean repliedOnTime() { return repliedOnTime; }
    public int reopenCount() { return reopenCount; }
    public Satisfaction satisfaction() { return satisfaction; }
    public Boolean resolved() { return resolved; }
    public EmergencyLine transferredTo() { return transferredTo; }
    public String transferReference() { return transferReference; }
    public String mergedInto() { return mergedInto; }
    public String jointPoliceReference() { return jointPoliceReference; }
    public Boolean jointPoliceDone() { return jointPoliceDone; }
    public EscalationChain.Step escalationStep() { return escalationStep; }
    public String escalationOrgCode() { return escalationOrgCode; }
    public String escalationRegionCode() { return escalationRegionCode; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant closedAt() { return closedAt; }
    public List<TicketStep> steps() { return List.copyOf(steps); }
}
