package cn.yiwang.cases.casefile.domain;

import cn.yiwang.cases.clock.CaseClock;
import cn.yiwang.cases.clock.Deadlines;
import cn.yiwang.cases.clock.ExtensionRule;
import cn.yiwang.cases.material.Material;
import cn.yiwang.cases.material.MaterialRequirement;
import cn.yiwang.cases.material.Provision;
import cn.yiwang.cases.material.Verification;
import cn.yiwang.common.calendar.ClockReading;
import cn.yiwang.common.calendar.Pause;
import cn.yiwang.common.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static cn.yiwang.cases.casefile.domain.CaseStatus.ACCEPTED;
import static cn.yiwang.cases.casefile.domain.CaseStatus.CONCLUDED;
import static cn.yiwang.cases.casefile.domain.CaseStatus.DELIVERED;
import static cn.yiwang.cases.casefile.domain.CaseStatus.NOT_ACCEPTED;
import static cn.yiwang.cases.casefile.domain.CaseStatus.SPECIAL_PROCEDURE;
import static cn.yiwang.cases.casefile.domain.CaseStatus.SUBMITTED;
import static cn.yiwang.cases.casefile.domain.CaseStatus.SUPPLEMENT_REQUESTED;
import static cn.yiwang.cases.casefile.domain.CaseStatus.TERMINATED;
import static cn.yiwang.cases.casefile.domain.CaseStatus.UNDER_REVIEW;
import static cn.yiwang.cases.casefile.domain.CaseStatus.WITHDRAWN;

/**
 * A case (办件): one application for one published item version, from receipt to delivery. Each
 * transition checks that the current state allows it, changes the state and returns the events
 * it caused; a refused transition throws {@link CaseRuleException} and changes nothing.
 */
public final class Case {

    private CaseState state;

    private Case(CaseState state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    public static Case restore(CaseState state) {
        return new Case(state);
    }

    public CaseState state() {
        return state;
    }

    public UUID id() {
        return state.id();
    }

    public CaseStatus status() {
        return state.status();
    }

    /** A new case and the events its submission caused. */
    public record Filed(Case filed, List<CaseEvent> events) {
    }

    /**
     * Files an application. Every material of the guide gets an entry: what the applicant
     * provided, or "missing" — the clerk's supplement notice then lists all of them at once.
     *
     * @param mayCommit false for an applicant marked for a false commitment: 国办发〔2020〕42号
     *                  excludes applicants with a record of false commitments from the scheme
     */
    public static Filed submit(UUID id, String number, ItemSnapshot item, Applicant applicant, Channel channel,
                               Scope accepting, List<Material> provided, boolean mayCommit, LocalDate today,
                               Instant at, String actor) {
        List<Material> materials = completeList(item, provided, mayCommit, today);
        CaseState state = new CaseState(id, number, item, applicant, channel, accepting, SUBMITTED, 1, at, at,
                materials, List.of(), null, null, null, List.of(), null, null, null, null, null, false, false, null,
                List.of(new TimelineEntry(at, "submitted", actor, null)), null, 0);
        return new Filed(new Case(state), List.of(new CaseEvent.Submitted(UUID.randomUUID(), id, at, 1)));
    }

    /**
     * Files this new case under a bundle application (一件事): it becomes one of the parent's
     * children. Only before the case is first stored, and only once: a case never changes parent.
     */
    public void joinBundle(BundleMembership parent) {
        Objects.requireNonNull(parent, "parent");
        if (state.version() != 0 || state.bundle() != null) {
            throw CaseRuleException.conflict("case.bundle.already-filed");
        }
        state = new CaseState(state.id(), state.number(), state.item(), state.applicant(), state.channel(),
                state.accepting(), state.status(), state.submission(), state.submittedAt(), state.receivedAt(),
                state.materials(), state.notices(), state.acceptedAt(), state.acceptedBy(), state.clockStart(),
                state.procedures(), state.extension(), state.decision(), state.delivery(), state.closedAt(),
                state.closeReason(), state.warned(), state.overdue(), state.commitmentCheck(), state.timeline(), parent,
                state.version());
    }

    /**
     * 受理. The application must be complete: every required material uploaded, committed, accepted
     * as a gap, or an e-certificate that certificate-service has verified. If the authority let
     * the five days of §32 pass without a notice, the application counts as accepted on the day it
     * arrived, so the clock starts then.
     */
    public List<CaseEvent> accept(String actor, Instant at, CaseClock clock) {
        require("accept", SUBMITTED);
        requireCompleteForAcceptance();
        Instant clockStart = clock.supplementNoticeInTime(state.receivedAt(), at) ? at : state.receivedAt();
        state = with(ACCEPTED).acceptedAt(at, actor, clockStart).log(at, "accepted", actor, null).build();
        return List.of(new CaseEvent.Accepted(UUID.randomUUID(), id(), at, actor, clockStart));
    }

    /** 即办件: accepted and concluded in one step, at the window or online. */
    public List<CaseEvent> acceptImmediately(String actor, Outcome outcome, String result, Instant at, CaseClock clock) {
        return acceptImmediately(actor, outcome, result, CertificateData.NONE, at, clock);
    }

    public List<CaseEvent> acceptImmediately(String actor, Outcome outcome, String result, CertificateData certificate,
                                             Instant at, CaseClock clock) {
        if (!state.item().immediate()) {
            throw CaseRuleException.conflict("case.immediate.not-immediate");
        }
        requireCertificateDataFits(outcome, certificate, at);
        List<CaseEvent> events = new ArrayList<>(accept(actor, at, clock));
        events.addAll(conclude(actor, outcome, result, certificate, at));
        return List.copyOf(events);
    }

    /** 不予受理, with the reason the applicant is entitled to (Administrative Licensing Law §32, §38). */
    public List<CaseEvent> notAccept(String actor, String reason, Instant at) {
        require("not-accept", SUBMITTED, SUPPLEMENT_REQUESTED);
        String stated = requireText(reason, "case.reason-required");
        state = with(NOT_ACCEPTED).closed(at, stated).log(at, "not-accepted", actor, stated).build();
        return List.of(new CaseEvent.NotAccepted(UUID.randomUUID(), id(), at, actor, stated));
    }

    /**
     * 一次性告知: one notice lists everything missing or defective in this submission
     * (Administrative Licensing Law §32 (4)). A second notice for the same submission is refused:
     * the law's "all at once" would mean nothing if the hall could keep asking.
     */
    public List<CaseEvent> requestSupplement(String actor, List<MaterialDefect> defects, Instant at, CaseClock clock) {
        if (state.status() == SUPPLEMENT_REQUESTED || noticeForCurrentSubmission().isPresent()) {
            throw CaseRuleException.conflict("case.supplement.already-notified", state.submission());
        }
        require("request-supplement", SUBMITTED);
        if (defects == null || defects.isEmpty()) {
            throw CaseRuleException.rule("case.supplement.nothing-listed");
        }
        Set<String> known = materialCodes();
        for (MaterialDefect defect : defects) {
            if (!known.contains(defect.materialCode())) {
                throw CaseRuleException.rule("case.material.unknown", defect.materialCode());
            }
        }
        if (!clock.supplementNoticeInTime(state.receivedAt(), at)) {
            throw CaseRuleException.conflict("case.supplement.too-late", CaseClock.SUPPLEMENT_NOTICE_WORKING_DAYS);
        }
        SupplementNotice notice = new SupplementNotice(state.submission(), at, actor, defects);
        List<SupplementNotice> notices = new ArrayList<>(state.notices());
        notices.add(notice);
        state = with(SUPPLEMENT_REQUESTED).notices(notices).log(at, "supplement-requested", actor, null).build();
        return List.of(new CaseEvent.SupplementRequested(UUID.randomUUID(), id(), at, notice));
    }

    /** The applicant answers the notice: a new submission, with its own five days for the hall. */
    public List<CaseEvent> supply(String actor, List<Material> supplied, boolean mayCommit, LocalDate today, Instant at) {
        require("supply", SUPPLEMENT_REQUESTED);
        Map<String, Material> merged = new LinkedHashMap<>();
        state.materials().forEach(material -> merged.put(material.code(), material));
        for (Material material : validated(state.item(), supplied, mayCommit, today)) {
            merged.put(material.code(), material);
        }
        int submission = state.submission() + 1;
        state = with(SUBMITTED).resubmitted(submission, at, List.copyOf(merged.values()))
                .log(at, "supplied", actor, null).build();
        return List.of(new CaseEvent.Submitted(UUID.randomUUID(), id(), at, submission));
    }

    public List<CaseEvent> startReview(String actor, Instant at) {
        require("start-review", ACCEPTED);
        state = with(UNDER_REVIEW).log(at, "review-started", actor, null).build();
        return List.of();
    }

    /** 特别程序: the clock stops until the procedure ends (Administrative Licensing Law §45). */
    public List<CaseEvent> startSpecialProcedure(String actor, ProcedureType type, String reason, Instant at) {
        require("start-special-procedure", ACCEPTED, UNDER_REVIEW);
        Objects.requireNonNull(type, "type");
        String stated = requireText(reason, "case.reason-required");
        SpecialProcedure procedure = new SpecialProcedure(type, stated, at, null, null);
        List<SpecialProcedure> procedures = new ArrayList<>(state.procedures());
        procedures.add(procedure);
        state = with(SPECIAL_PROCEDURE).procedures(procedures).log(at, "special-procedure-started", actor,
                type.name() + ": " + stated).build();
        return List.of(new CaseEvent.Suspended(UUID.randomUUID(), id(), at, procedure));
    }

    public List<CaseEvent> endSpecialProcedure(String actor, String result, Instant at) {
        require("end-special-procedure", SPECIAL_PROCEDURE);
        String stated = requireText(result, "case.result-required");
        List<SpecialProcedure> procedures = new ArrayList<>(state.procedures());
        int last = procedures.size() - 1;
        SpecialProcedure ended = procedures.get(last).ended(at, stated);
        procedures.set(last, ended);
        state = with(UNDER_REVIEW).procedures(procedures).log(at, "special-procedure-ended", actor, stated).build();
        return List.of(new CaseEvent.Resumed(UUID.randomUUID(), id(), at, ended));
    }

    /**
     * 延期: once, with the head of the authority's approval and a reason, by at most 10 working
     * days (15 for joint handling), decided before the limit runs out (Administrative Licensing
     * Law §42).
     */
    public List<CaseEvent> extend(String actor, int workingDays, String reason, Instant at, CaseClock clock) {
        require("extend", ACCEPTED, UNDER_REVIEW, SPECIAL_PROCEDURE);
        if (state.extension() != null) {
            throw CaseRuleException.conflict("case.extend.only-once");
        }
        int max = ExtensionRule.maxDays(state.item().jointHandling());
        if (workingDays < 1 || workingDays > max) {
            throw CaseRuleException.rule("case.extend.too-long", workingDays, max);
        }
        String stated = requireText(reason, "case.reason-required");
        Deadlines deadlines = deadlines(clock);
        if (deadlines.legalDue() != null && !at.isBefore(deadlines.legalDue())) {
            throw CaseRuleException.conflict("case.extend.after-deadline");
        }
        Extension extension = new Extension(workingDays, stated, actor, at);
        state = with(state.status()).extension(extension).log(at, "extended", actor, stated).build();
        return List.of(new CaseEvent.Extended(UUID.randomUUID(), id(), at, extension));
    }

    /**
     * 办结. A case accepted with gaps cannot conclude until every gap is filled (容缺受理: the
     * promise was to bring them before the decision).
     */
    public List<CaseEvent> conclude(String actor, Outcome outcome, String result, Instant at) {
        return conclude(actor, outcome, result, CertificateData.NONE, at);
    }

    /**
     * 办结 with what the certificate of an approval is to say (field values, validity). Certificate
     * data belongs only to an approval whose item results in a certificate: for a denial there is
     * nothing to issue (Administrative Licensing Law §38, §39).
     */
    public List<CaseEvent> conclude(String actor, Outcome outcome, String result, CertificateData certificate, Instant at) {
        require("conclude", ACCEPTED, UNDER_REVIEW);
        Objects.requireNonNull(outcome, "outcome");
        requireCertificateDataFits(outcome, certificate, at);
        List<String> openGaps = state.materials().stream().filter(Material::gapOpen).map(Material::code).toList();
        if (!openGaps.isEmpty()) {
            throw CaseRuleException.conflict("case.conclude.open-gaps", String.join(", ", openGaps));
        }
        String stated = requireText(result, "case.result-required");
        String certificateType = outcome == Outcome.APPROVED ? state.item().resultCertificateType() : null;
        CertificateData data = certificate == null ? CertificateData.NONE : certificate;
        Decision decision = new Decision(outcome, stated, actor, at, certificateType, null, data.valuesEncrypted(),
                data.validUntil());
        state = with(CONCLUDED).decision(decision).log(at, "concluded", actor, outcome.name() + ": " + stated).build();
        return List.of(new CaseEvent.Concluded(UUID.randomUUID(), id(), at, decision));
    }

    private void requireCertificateDataFits(Outcome outcome, CertificateData certificate, Instant at) {
        if (certificate == null || certificate.isEmpty()) {
            return;
        }
        if (outcome != Outcome.APPROVED || state.item().resultCertificateType() == null) {
            throw CaseRuleException.rule("case.conclude.certificate-data-not-applicable");
        }
        if (certificate.validUntil() != null && !certificate.validUntil().isAfter(WorkingDayCalendar.dateOf(at))) {
            throw CaseRuleException.rule("case.conclude.valid-until-past", certificate.validUntil());
        }
    }

    /** 送达: at the (accepting) hall's window, by post or electronically. */
    public List<CaseEvent> deliver(String actor, DeliveryMethod method, String detail, Instant at) {
        require("deliver", CONCLUDED);
        Objects.requireNonNull(method, "method");
        Delivery delivery = new Delivery(method, detail, at);
        state = with(DELIVERED).delivery(delivery).log(at, "delivered", actor, method.name()).build();
        return List.of(new CaseEvent.Delivered(UUID.randomUUID(), id(), at, delivery));
    }

    /** The applicant withdraws the application; possible until the decision (Administrative Licensing Law §29 ff.). */
    public List<CaseEvent> withdraw(String actor, String reason, Instant at) {
        if (!state.status().isBeforeConclusion()) {
            throw CaseRuleException.illegalTransition("withdraw", state.status());
        }
        String stated = reason == null || reason.isBlank() ? null : reason.strip();
        state = with(WITHDRAWN).closed(at, stated).log(at, "withdrawn", actor, stated).build();
        return List.of(new CaseEvent.Withdrawn(UUID.randomUUID(), id(), at, stated));
    }

    /** The missing material of an accepted gap arrived. */
    public List<CaseEvent> closeGap(String actor, String materialCode, String uploadReference, Instant at) {
        if (!state.status().isBeforeConclusion()) {
            throw CaseRuleException.illegalTransition("close-gap", state.status());
        }
        Material gap = state.materials().stream().filter(material -> material.code().equals(materialCode))
                .filter(Material::gapOpen).findFirst()
                .orElseThrow(() -> CaseRuleException.conflict("case.gap.not-open", materialCode));
        requireText(uploadReference, "case.material.reference-required");
        state = with(state.status()).materials(replace(gap.closeGap(uploadReference.strip(), at)))
                .log(at, "gap-closed", actor, materialCode).build();
        return List.of();
    }

    /**
     * The verification task of a commitment case. A true commitment closes the task; a false one
     * revokes the decision — or stops the handling if there is none yet — because the decision
     * rested on it (国办发〔2020〕42号: 撤销行政决定). The caller records the applicant, whose next
     * commitment is then refused.
     */
    public List<CaseEvent> checkCommitment(String actor, boolean truthful, String note, Instant at) {
        require("check-commitment", ACCEPTED, UNDER_REVIEW, SPECIAL_PROCEDURE, CONCLUDED, DELIVERED);
        if (state.materials().stream().noneMatch(material -> material.provision() == Provision.COMMITMENT)) {
            throw CaseRuleException.conflict("case.commitment.none");
        }
        if (state.commitmentCheck() != null) {
            throw CaseRuleException.conflict("case.commitment.already-checked");
        }
        if (truthful) {
            String stated = note == null || note.isBlank() ? null : note.strip();
            state = with(state.status()).commitmentCheck(new CommitmentCheck(true, stated, actor, at))
                    .log(at, "commitment-verified", actor, stated).build();
            return List.of();
        }
        String finding = requireText(note, "case.reason-required");
        state = with(CaseStatus.REVOKED).commitmentCheck(new CommitmentCheck(false, finding, actor, at))
                .closed(at, finding).log(at, "revoked", actor, finding).build();
        return List.of(new CaseEvent.Revoked(UUID.randomUUID(), id(), at, finding));
    }

    /** Whether the commitment verification task is open: commitments were accepted and not yet checked. */
    public boolean awaitsCommitmentCheck() {
        // Delivery is final for the case but not for the check: the decision can still be revoked.
        boolean checkable = state.status() == DELIVERED || !state.status().isFinal();
        return checkable && state.acceptedAt() != null && state.commitmentCheck() == null
                && state.materials().stream().anyMatch(material -> material.provision() == Provision.COMMITMENT);
    }

    /**
     * A promise to bring a material was broken: once a gap's due day has passed, the accepted case
     * ends (容缺受理 rules of the hall, DOMAIN.md §3). Returns nothing when no gap is overdue.
     */
    public List<CaseEvent> endIfGapsOverdue(Instant at) {
        if (!CaseStatus.CLOCK_RUNNING.contains(state.status())) {
            return List.of();
        }
        LocalDate today = WorkingDayCalendar.dateOf(at);
        List<String> overdue = state.materials().stream().filter(material -> material.gapOverdueOn(today))
                .map(Material::code).toList();
        if (overdue.isEmpty()) {
            return List.of();
        }
        String reason = String.join(", ", overdue);
        state = with(TERMINATED).closed(at, reason).log(at, "terminated", "system", reason).build();
        return List.of(new CaseEvent.Terminated(UUID.randomUUID(), id(), at, overdue));
    }

    /**
     * Records certificate-service's answer for an e-certificate material. Before acceptance only:
     * afterwards the material has already counted.
     */
    public List<CaseEvent> recordVerification(String materialCode, Verification result, Instant at) {
        Material material = state.materials().stream().filter(candidate -> candidate.code().equals(materialCode))
                .filter(candidate -> candidate.provision() == Provision.E_CERTIFICATE).findFirst()
                .orElseThrow(() -> CaseRuleException.rule("case.material.unknown", materialCode));
        if (material.verification() == result) {
            return List.of();
        }
        state = with(state.status()).materials(replace(material.withVerification(result)))
                .log(at, "certificate-" + result.name().toLowerCase(java.util.Locale.ROOT), "system", materialCode)
                .build();
        return List.of();
    }

    /**
     * The scheduled scan's step: a case that has reached its warning point gets the warning, a
     * case past its promised deadline the overdue event, each once in the case's life.
     */
    public List<CaseEvent> checkDeadlines(CaseClock clock, Instant at) {
        if (!CaseStatus.CLOCK_RUNNING.contains(state.status()) || state.overdue()) {
            return List.of();
        }
        Deadlines deadlines = deadlines(clock);
        if (deadlines.stopped()) {
            return List.of();
        }
        if (!at.isBefore(deadlines.promisedDue())) {
            state = with(state.status()).flags(true, true).log(at, "overdue", "system", null).build();
            return List.of(new CaseEvent.Overdue(UUID.randomUUID(), id(), at, deadlines.promisedDue()));
        }
        if (!state.warned() && !at.isBefore(deadlines.warningAt())) {
            state = with(state.status()).flags(true, false).log(at, "overdue-warning", "system", null).build();
            return List.of(new CaseEvent.OverdueWarning(UUID.randomUUID(), id(), at, deadlines.promisedDue()));
        }
        return List.of();
    }

    /**
     * certificate-service issued the approval's certificate: it becomes the case's result. A
     * repeated notice for the same certificate changes nothing.
     */
    public boolean attachCertificate(String identifier, Instant at) {
        Decision decision = state.decision();
        if (decision == null || decision.outcome() != Outcome.APPROVED) {
            throw CaseRuleException.conflict("case.certificate.no-approval");
        }
        if (identifier.equals(decision.certificateId())) {
            return false;
        }
        state = with(state.status()).decision(decision.withCertificate(identifier))
                .log(at, "certificate-issued", "system", identifier).build();
        return true;
    }

    /** The limits as they stand; {@link Deadlines#STOPPED} before acceptance or while paused. */
    public Deadlines deadlines(CaseClock clock) {
        if (state.clockStart() == null) {
            return Deadlines.STOPPED;
        }
        return clock.deadlines(state.clockStart(), state.item().legalLimit(), state.item().promisedLimit(),
                extensionDays(), pauses());
    }

    /** The promised limit read at {@code at}, or empty before acceptance. */
    public Optional<ClockReading> reading(CaseClock clock, Instant at) {
        if (state.clockStart() == null) {
            return Optional.empty();
        }
        Instant until = state.decision() != null ? state.decision().at() : at;
        return Optional.of(clock.read(state.clockStart(), state.item().promisedLimit(), extensionDays(), pauses(), until));
    }

    public List<Pause> pauses() {
        return state.procedures().stream().map(SpecialProcedure::pause).toList();
    }

    public boolean awaitsVerification() {
        return state.materials().stream().anyMatch(Material::awaitsVerification);
    }

    private int extensionDays() {
        return state.extension() == null ? 0 : state.extension().workingDays();
    }

    private void requireCompleteForAcceptance() {
        List<String> pending = state.materials().stream().filter(Material::awaitsVerification).map(Material::code).toList();
        if (!pending.isEmpty()) {
            throw CaseRuleException.conflict("case.accept.pending-verification", String.join(", ", pending));
        }
        List<String> missing = state.materials().stream().filter(material -> !material.satisfiesAcceptance())
                .map(Material::code).toList();
        if (!missing.isEmpty()) {
            throw CaseRuleException.conflict("case.accept.incomplete", String.join(", ", missing));
        }
    }

    private Optional<SupplementNotice> noticeForCurrentSubmission() {
        return state.notices().stream().filter(notice -> notice.submission() == state.submission()).findFirst();
    }

    private Set<String> materialCodes() {
        return state.materials().stream().map(Material::code).collect(java.util.stream.Collectors.toSet());
    }

    private List<Material> replace(Material changed) {
        return state.materials().stream().map(material -> material.code().equals(changed.code()) ? changed : material)
                .toList();
    }

    private void require(String action, CaseStatus... allowed) {
        for (CaseStatus status : allowed) {
            if (state.status() == status) {
                return;
            }
        }
        throw CaseRuleException.illegalTransition(action, state.status());
    }

    private static String requireText(String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw CaseRuleException.rule(messageKey);
        }
        return text.strip();
    }

    private static List<Material> completeList(ItemSnapshot item, List<Material> provided, boolean mayCommit, LocalDate today) {
        Map<String, Material> byCode = new LinkedHashMap<>();
        item.materials().forEach(requirement -> byCode.put(requirement.code(), Material.missing(requirement)));
        for (Material material : validated(item, provided, mayCommit, today)) {
            byCode.put(material.code(), material);
        }
        return List.copyOf(byCode.values());
    }

    /** Checks each provided material against what the guide allows for it. */
    private static List<Material> validated(ItemSnapshot item, List<Material> provided, boolean mayCommit, LocalDate today) {
        Map<String, MaterialRequirement> requirements = new LinkedHashMap<>();
        item.materials().forEach(requirement -> requirements.put(requirement.code(), requirement));
        List<Material> checked = new ArrayList<>();
        for (Material material : provided == null ? List.<Material>of() : provided) {
            MaterialRequirement requirement = requirements.get(material.code());
            if (requirement == null) {
                throw CaseRuleException.rule("case.material.unknown", material.code());
            }
            switch (material.provision()) {
                case UPLOAD -> requireText(material.reference(), "case.material.reference-required");
                case E_CERTIFICATE -> {
                    if (requirement.certificateType() == null) {
                        throw CaseRuleException.rule("case.material.certificate-not-allowed", requirement.code());
                    }
                    requireText(material.reference(), "case.material.reference-required");
                }
                case COMMITMENT -> {
                    if (!requirement.commitmentAllowed()) {
                        throw CaseRuleException.rule("case.material.commitment-not-allowed", requirement.code());
                    }
                    if (!mayCommit) {
                        throw CaseRuleException.rule("case.material.commitment-refused");
                    }
                }
                case GAP -> {
                    if (!requirement.gapAllowed()) {
                        throw CaseRuleException.rule("case.material.gap-not-allowed", requirement.code());
                    }
                    if (!material.gapDue().isAfter(today)) {
                        throw CaseRuleException.rule("case.material.gap-due-in-past", requirement.code());
                    }
                }
                case NONE -> {
                }
            }
            // The requirement comes from the published guide, never from the request.
            checked.add(new Material(requirement, material.provision(), material.reference(), material.verification(),
                    material.gapDue(), material.gapClosedAt()));
        }
        return checked;
    }

    private Builder with(CaseStatus status) {
        return new Builder(state, status);
    }

    /** Copies the state with changes; keeps the record's long constructor in one place. */
    private static final class Builder {
        private final CaseState s;
        private final CaseStatus status;
        private int submission;
        private Instant receivedAt;
        private List<Material> materials;
        private List<SupplementNotice> notices;
        private Instant acceptedAt;
        private String acceptedBy;
        private Instant clockStart;
        private List<SpecialProcedure> procedures;
        private Extension extension;
        private Decision decision;
        private Delivery delivery;
        private Instant closedAt;
        private String closeReason;
        private boolean warned;
        private boolean overdue;
        private CommitmentCheck commitmentCheck;
        private final List<TimelineEntry> timeline;

        Builder(CaseState s, CaseStatus status) {
            this.s = s;
            this.status = status;
            submission = s.submission();
            receivedAt = s.receivedAt();
            materials = s.materials();
            notices = s.notices();
            acceptedAt = s.acceptedAt();
            acceptedBy = s.acceptedBy();
            clockStart = s.clockStart();
            procedures = s.procedures();
            extension = s.extension();
            decision = s.decision();
            delivery = s.delivery();
            closedAt = s.closedAt();
            closeReason = s.closeReason();
            warned = s.warned();
            overdue = s.overdue();
            commitmentCheck = s.commitmentCheck();
            timeline = new ArrayList<>(s.timeline());
        }

        Builder acceptedAt(Instant at, String by, Instant start) {
            acceptedAt = at;
            acceptedBy = by;
            clockStart = start;
            return this;
        }

        Builder closed(Instant at, String reason) {
            closedAt = at;
            closeReason = reason;
            return this;
        }

        Builder notices(List<SupplementNotice> value) {
            notices = value;
            return this;
        }

        Builder materials(List<Material> value) {
            materials = value;
            return this;
        }

        Builder resubmitted(int number, Instant at, List<Material> value) {
            submission = number;
            receivedAt = at;
            materials = value;
            return this;
        }

        Builder procedures(List<SpecialProcedure> value) {
            procedures = value;
            return this;
        }

        Builder extension(Extension value) {
            extension = value;
            return this;
        }

        Builder decision(Decision value) {
            decision = value;
            return this;
        }

        Builder delivery(Delivery value) {
            delivery = value;
            return this;
        }

        Builder flags(boolean warnedFlag, boolean overdueFlag) {
            warned = warnedFlag;
            overdue = overdueFlag;
            return this;
        }

        Builder commitmentCheck(CommitmentCheck value) {
            commitmentCheck = value;
            return this;
        }

        Builder log(Instant at, String step, String actor, String note) {
            timeline.add(new TimelineEntry(at, step, actor, note));
            return this;
        }

        CaseState build() {
            return new CaseState(s.id(), s.number(), s.item(), s.applicant(), s.channel(), s.accepting(), status,
                    submission, s.submittedAt(), receivedAt, materials, notices, acceptedAt, acceptedBy, clockStart,
                    procedures, extension, decision, delivery, closedAt, closeReason, warned, overdue, commitmentCheck,
                    timeline, s.bundle(), s.version());
        }
    }
}
