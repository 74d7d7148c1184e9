package cn.yiwang.cases.casefile;

import cn.yiwang.cases.casefile.CaseAccess.Act;
import cn.yiwang.cases.casefile.CaseViews.CaseView;
import cn.yiwang.cases.casefile.domain.Applicant;
import cn.yiwang.cases.casefile.domain.ApplicantType;
import cn.yiwang.cases.casefile.domain.BundleMembership;
import cn.yiwang.cases.casefile.domain.Case;
import cn.yiwang.cases.casefile.domain.CaseEvent;
import cn.yiwang.cases.casefile.domain.CaseRepository;
import cn.yiwang.cases.casefile.domain.CaseRuleException;
import cn.yiwang.cases.casefile.domain.CertificateData;
import cn.yiwang.cases.casefile.domain.Channel;
import cn.yiwang.cases.casefile.domain.ItemSnapshot;
import cn.yiwang.cases.casefile.domain.MaterialDefect;
import cn.yiwang.cases.casefile.domain.Scope;
import cn.yiwang.cases.casefile.messaging.CaseEventsV1;
import cn.yiwang.cases.casefile.persistence.JdbcCaseRepository;
import cn.yiwang.cases.clock.CaseClock;
import cn.yiwang.cases.clock.Deadlines;
import cn.yiwang.cases.item.CatalogClient;
import cn.yiwang.cases.item.ItemWithdrawnException;
import cn.yiwang.cases.item.Items;
import cn.yiwang.cases.item.PublishedItem;
import cn.yiwang.cases.material.CertificateVerifier;
import cn.yiwang.cases.material.Material;
import cn.yiwang.cases.material.MaterialRequirement;
import cn.yiwang.cases.material.Verification;
import cn.yiwang.cases.support.ApplicationLedgers;
import cn.yiwang.common.calendar.WorkingDayCalendar;
import cn.yiwang.common.idempotency.IdempotentSubmissions;
import cn.yiwang.common.identifier.CitizenId;
import cn.yiwang.common.identifier.UnifiedCreditCode;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One method per use case: load the case, check who may do this, let the aggregate decide, save,
 * and publish the events it caused — state and events in one transaction (the outbox sends them
 * after commit).
 */
@Service
public class CaseCommands {

    private final JdbcCaseRepository cases;
    private final Items items;
    private final CertificateVerifier certificates;
    private final CaseNumbers numbers;
    private final PersonalDataProtector personalData;
    private final CaseClock clock;
    private final CaseViews views;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock time;
    private final IdempotentSubmissions submissions;

    CaseCommands(JdbcCaseRepository cases, Items items, CertificateVerifier certificates, CaseNumbers numbers,
                 PersonalDataProtector personalData, CaseClock clock, CaseViews views, ApplicationEventPublisher events,
                 JdbcClient jdbc, JsonMapper json, Clock time, IdempotentSubmissions submissions) {
        this.cases = cases;
        this.items = items;
        this.certificates = certificates;
        this.numbers = numbers;
        this.personalData = personalData;
        this.clock = clock;
        this.views = views;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.time = time;
        this.submissions = submissions;
    }

    /** The case an application created, and whether this call was a retry of an earlier one. */
    public record Applied(CaseView view, boolean replayed) {
    }

    /**
     * Files an application once per {@code Idempotency-Key} ({@link IdempotentSubmissions}): the item, the
     * e-certificate checks and the case number are settled before the transaction (holding a connection while
     * asking the pool for a second deadlocks a busy service). A retry may burn a case number; numbers stay
     * unique, gaps are allowed.
     */
    public Applied apply(Actor actor, String idempotencyKey, CaseRequests.Apply request) {
        IdempotentSubmissions.Submitted<CaseView> submitted = submissions.submit(ApplicationLedgers.CASE, actor,
                idempotencyKey, request, new IdempotentSubmissions.Submission<Prepared, CaseView>() {
                    @Override
                    public Prepared prepare() {
                        return CaseCommands.this.prepare(actor, request, certificates, false);
                    }

                    @Override
                    public UUID id(Prepared prepared) {
                        return prepared.caseId();
                    }

                    @Override
                    public CaseView file(Prepared prepared) {
                        CaseCommands.this.file(actor, prepared);
                        return views.view(prepared.filed.filed(), actor, prepared.at, PersonalDataAccessLog.CASE_HANDLING);
                    }

                    @Override
                    public CaseView replay(UUID filed) {
                        return views.view(cases.find(filed).orElseThrow(), actor, time.instant(),
                                PersonalDataAccessLog.CASE_HANDLING);
                    }
                });
        return new Applied(submitted.answer(), submitted.replayed());
    }

    /**
     * An application checked and numbered but not stored yet: what {@link #prepare} builds outside
     * any transaction and {@link #file} stores inside the caller's. Opaque to other features.
     */
    public static final class Prepared {
        private final Case.Filed filed;
        private final Instant at;

        private Prepared(Case.Filed filed, Instant at) {
            this.filed = filed;
            this.at = at;
        }

        public UUID caseId() {
            return filed.filed().id();
        }

        /** Makes this application a child of a bundle application (一件事): its events then name the parent. */
        public void fileUnder(UUID bundleCaseId, String bundleCaseNumber) {
            rules(() -> {
                filed.filed().joinBundle(new BundleMembership(bundleCaseId, bundleCaseNumber));
                return null;
            });
        }

        public String number() {
            return filed.filed().state().number();
        }

        public String itemCode() {
            return filed.filed().state().item().implementationCode();
        }

        public String itemName() {
            return filed.filed().state().item().name();
        }

        public String decidingRegionCode() {
            return filed.filed().state().deciding().regionCode();
        }

        public String decidingOrgCode() {
            return filed.filed().state().deciding().orgCode();
        }

        public String acceptingRegionCode() {
            return filed.filed().state().accepting().regionCode();
        }

        public String acceptingOrgCode() {
            return filed.filed().state().accepting().orgCode();
        }

        public String channel() {
            return filed.filed().state().channel().name();
        }

        public String applicantIdHash() {
            return filed.filed().state().applicant().idHash();
        }

        public String applicantType() {
            return filed.filed().state().applicant().type().name();
        }

        public String applicantName() {
            return filed.filed().state().applicant().name();
        }

        public Instant at() {
            return at;
        }
    }

    /**
     * Everything of an application that may wait on another service or on a counter: the item,
     * the e-certificate checks, the case number. Call it with no transaction open.
     *
     * @param verifier        checks e-certificates (a bundle passes one that asks once per certificate)
     * @param onlyItsMaterials keep only the materials the item's guide asks for: a bundle's one set of
     *                        materials serves several items, each child case gets what its item needs
     */
    public Prepared prepare(Actor actor, CaseRequests.Apply request, CertificateVerifier verifier,
                            boolean onlyItsMaterials) {
        Instant now = time.instant();
        PublishedItem item = item(request.itemCode());
        String idNumber = normalisedId(request.applicantType(), request.applicantIdNumber());
        String idHash = personalData.hash(idNumber);
        if (actor.isHolder() && !actor.owns(idHash)) {
            throw ProblemException.forbidden("case.applicant.not-self");
        }
        Applicant applicant = new Applicant(request.applicantType(), request.applicantName().strip(),
                idHash, personalData.encrypt(idNumber),
                request.applicantPhone() == null || request.applicantPhone().isBlank() ? null
                        : personalData.encrypt(request.applicantPhone().strip()));
        Scope deciding = new Scope(item.regionCode(), item.implementingBodyCode());
        Scope accepting = acceptingHall(actor, request, deciding);
        LocalDate today = WorkingDayCalendar.dateOf(now);
        List<CaseRequests.MaterialInput> inputs = request.materials();
        if (onlyItsMaterials && inputs != null) {
            java.util.Set<String> needed = item.materials().stream().map(MaterialRequirement::code)
                    .collect(Collectors.toSet());
            inputs = inputs.stream().filter(input -> needed.contains(input.code())).toList();
        }
        List<Material> materials = materials(item, inputs, idHash, verifier);
        boolean mayCommit = mayCommit(idHash);
        UUID id = UUID.randomUUID();
        String number = numbers.next(item.implementationCode(), accepting.regionCode(), today);
        Case.Filed filed = rules(() -> Case.submit(id, number, snapshot(item, deciding), applicant,
                channel(actor, request), accepting, materials, mayCommit, today, now, actor.subject()));
        return new Prepared(filed, now);
    }

    /**
     * Stores a prepared application and hands its events to the outbox, in the caller's transaction. Shows the
     * caller nothing (a bundle answers with its parent): so no access-log entry either.
     */
    public void file(Actor actor, Prepared prepared) {
        Case kase = prepared.filed.filed();
        Deadlines deadlines = CaseDeadlines.of(kase, clock);
        cases.save(kase, deadlines);
        publish(prepared.filed.events(), kase, deadlines, actor.subject());
    }

    /**
     * Locks these cases' rows for the rest of the caller's transaction, in id order. A step on a
     * case locks its row before anything that follows the case's events (a bundle's parent): callers
     * that need both lock the cases first, so two transactions never wait on each other in a circle.
     */
    public void lock(java.util.Collection<UUID> ids) {
        ids.stream().sorted().forEach(id -> cases.findForUpdate(id));
    }

    @Transactional
    public CaseView accept(Actor actor, UUID id) {
        return change(actor, id, Act.ACCEPT, (kase, now) -> kase.accept(actor.subject(), now, clock));
    }

    @Transactional
    public CaseView acceptImmediately(Actor actor, UUID id, CaseRequests.Conclude request) {
        return change(actor, id, Act.ACCEPT,
                (kase, now) -> kase.acceptImmediately(actor.subject(), request.outcome(), request.result(),
                        certificateData(request), now, clock));
    }

    @Transactional
    public CaseView notAccept(Actor actor, UUID id, CaseRequests.Reason request) {
        return change(actor, id, Act.ACCEPT, (kase, now) -> kase.notAccept(actor.subject(), request.reason(), now));
    }

    @Transactional
    public CaseView requestSupplement(Actor actor, UUID id, CaseRequests.SupplementNotice request) {
        List<MaterialDefect> defects = request.defects().stream()
                .map(defect -> new MaterialDefect(defect.materialCode(), defect.problem().strip())).toList();
        return change(actor, id, Act.ACCEPT, (kase, now) -> kase.requestSupplement(actor.subject(), defects, now, clock));
    }

    @Transactional
    public CaseView supply(Actor actor, UUID id, CaseRequests.Supply request) {
        return change(actor, id, Act.APPLICANT, (kase, now) -> {
            String holder = kase.state().applicant().idHash();
            PublishedItem item = asItem(kase.state().item());
            return kase.supply(actor.subject(), materials(item, request.materials(), holder), mayCommit(holder),
                    WorkingDayCalendar.dateOf(now), now);
        });
    }

    @Transactional
    public CaseView startReview(Actor actor, UUID id) {
        return change(actor, id, Act.DECIDE, (kase, now) -> kase.startReview(actor.subject(), now));
    }

    @Transactional
    public CaseView startSpecialProcedure(Actor actor, UUID id, CaseRequests.StartProcedure request) {
        return change(actor, id, Act.DECIDE,
                (kase, now) -> kase.startSpecialProcedure(actor.subject(), request.type(), request.reason(), now));
    }

    @Transactional
    public CaseView endSpecialProcedure(Actor actor, UUID id, CaseRequests.EndProcedure request) {
        return change(actor, id, Act.DECIDE, (kase, now) -> kase.endSpecialProcedure(actor.subject(), request.result(), now));
    }

    @Transactional
    public CaseView extend(Actor actor, UUID id, CaseRequests.Extend request) {
        return change(actor, id, Act.DECIDE,
                (kase, now) -> kase.extend(actor.subject(), request.workingDays(), request.reason(), now, clock));
    }

    @Transactional
    public CaseView conclude(Actor actor, UUID id, CaseRequests.Conclude request) {
        return change(actor, id, Act.DECIDE,
                (kase, now) -> kase.conclude(actor.subject(), request.outcome(), request.result(),
                        certificateData(request), now));
    }

    /** The certificate's values leave the request only encrypted: the domain and the database never hold them plain. */
    private CertificateData certificateData(CaseRequests.Conclude request) {
        Map<String, String> values = request.certificateData() == null || request.certificateData().isEmpty() ? null
                : request.certificateData().entrySet().stream().collect(Collectors.toMap(entry -> entry.getKey().strip(),
                entry -> entry.getValue().strip(), (first, second) -> second, java.util.LinkedHashMap::new));
        return new CertificateData(values == null ? null : personalData.encrypt(json.writeValueAsString(values)),
                request.validUntil());
    }

    @Transactional
    public CaseView deliver(Actor actor, UUID id, CaseRequests.Deliver request) {
        return change(actor, id, Act.DELIVER,
                (kase, now) -> kase.deliver(actor.subject(), request.method(), request.detail(), now));
    }

    @Transactional
    public CaseView withdraw(Actor actor, UUID id, CaseRequests.Reason request) {
        return change(actor, id, Act.APPLICANT,
                (kase, now) -> kase.withdraw(actor.subject(), request == null ? null : request.reason(), now));
    }

    /**
     * Withdraws a bundle's child with its parent, in the caller's transaction. The caller is answered with the
     * parent's view, not the child's: nothing of the child is shown, so nothing is access-logged.
     */
    public void withdrawWithBundle(Actor actor, UUID id, String reason) {
        changed(actor, id, Act.APPLICANT, (kase, now) -> kase.withdraw(actor.subject(), reason, now), time.instant());
    }

    @Transactional
    public CaseView closeGap(Actor actor, UUID id, String materialCode, CaseRequests.CloseGap request) {
        return change(actor, id, Act.APPLICANT,
                (kase, now) -> kase.closeGap(actor.subject(), materialCode, request.reference(), now));
    }

    /**
     * The commitment verification task. A false commitment revokes the decision and marks the
     * applicant, so the next commitment is refused (国办发〔2020〕42号: 虚假承诺者不再适用承诺制).
     */
    @Transactional
    public CaseView checkCommitment(Actor actor, UUID id, CaseRequests.CommitmentCheck request) {
        CaseView view = change(actor, id, Act.DECIDE,
                (kase, now) -> kase.checkCommitment(actor.subject(), request.truthful(), request.note(), now));
        if (!request.truthful()) {
            jdbc.sql("""
                            INSERT INTO false_commitment_mark (applicant_id_hash, case_id, reason, marked_at)
                            SELECT applicant_id_hash, id, :reason, now() FROM case_file WHERE id = :id
                            ON CONFLICT (applicant_id_hash) DO NOTHING
                            """)
                    .param("reason", request.note()).param("id", id).update();
        }
        return view;
    }

    private interface Step {
        List<CaseEvent> apply(Case kase, Instant now);
    }

    private CaseView change(Actor actor, UUID id, Act act, Step step) {
        Instant now = time.instant();
        return views.view(changed(actor, id, act, step, now), actor, now, PersonalDataAccessLog.CASE_HANDLING);
    }

    /** Loads, checks, steps, saves and publishes; answers the changed case without showing it to anyone. */
    private Case changed(Actor actor, UUID id, Act act, Step step, Instant now) {
        Case kase = cases.find(id).filter(found -> CaseAccess.visible(actor, found.state()))
                .orElseThrow(() -> ProblemException.notFound("办件", id));
        if (!CaseAccess.may(actor, kase.state(), act)) {
            throw ProblemException.forbidden("problem.forbidden.detail");
        }
        List<CaseEvent> caused = rules(() -> step.apply(kase, now));
        Deadlines deadlines = CaseDeadlines.of(kase, clock);
        try {
            cases.save(kase, deadlines);
        } catch (CaseRepository.ConcurrentCaseChangeException e) {
            throw ProblemException.conflict("case.concurrent-change");
        }
        publish(caused, kase, deadlines, actor.subject());
        return kase;
    }

    /** Hands the aggregate's events to the outbox as wire records. */
    void publish(List<CaseEvent> caused, Case kase, Deadlines deadlines, String actor) {
        CaseEventsV1.of(caused, kase.state(), deadlines, actor).forEach(events::publishEvent);
    }

    private PublishedItem item(String code) {
        try {
            return items.latest(code).orElseThrow(() -> new ProblemException(ProblemKind.RULE_VIOLATED,
                    List.of(new Violation("itemCode", "unknown", "case.item.unknown")), "case.item.unknown", code));
        } catch (ItemWithdrawnException e) {
            // Cases already filed keep their frozen item version; only new applications are refused.
            throw new ProblemException(ProblemKind.RULE_VIOLATED,
                    List.of(new Violation("itemCode", "withdrawn", "case.item.withdrawn.field")), "case.item.withdrawn",
                    e.item().name(), code);
        } catch (CatalogClient.CatalogUnavailableException e) {
            throw new ProblemException(ProblemKind.SERVICE_UNAVAILABLE, "case.item.unavailable", code);
        }
    }

    private static String normalisedId(ApplicantType type, String idNumber) {
        boolean valid = type == ApplicantType.PERSON ? CitizenId.isValid(idNumber) : UnifiedCreditCode.isValid(idNumber);
        if (!valid) {
            throw new ProblemException(ProblemKind.RULE_VIOLATED,
                    List.of(new Violation("applicantIdNumber", "invalid", "violation.invalid-format")),
                    "problem.rule-violated.detail");
        }
        return type == ApplicantType.PERSON ? CitizenId.normalise(idNumber) : UnifiedCreditCode.normalise(idNumber);
    }

    /**
     * Clerks and partner systems accept in their own office. Online applicants are accepted by the
     * deciding body itself, unless they chose another hall to collect the result (跨域通办).
     */
    private static Scope acceptingHall(Actor actor, CaseRequests.Apply request, Scope deciding) {
        if (actor.isStaff()) {
            if (actor.regionCode() == null || actor.orgCode() == null) {
                throw ProblemException.forbidden("problem.forbidden.detail");
            }
            return new Scope(actor.regionCode(), actor.orgCode());
        }
        if (request.acceptingHall() != null) {
            return new Scope(request.acceptingHall().regionCode(), request.acceptingHall().orgCode());
        }
        return deciding;
    }

    private static Channel channel(Actor actor, CaseRequests.Apply request) {
        if (actor.hasRole(Roles.PARTNER_SYSTEM)) {
            return Channel.PARTNER;
        }
        if (actor.isStaff()) {
            return Channel.WINDOW;
        }
        Channel requested = request.channel() == null ? Channel.PC : request.channel();
        return requested == Channel.WINDOW || requested == Channel.PARTNER ? Channel.PC : requested;
    }

    /**
     * The provided materials; e-certificates are checked with certificate-service now (免证办). When
     * it cannot answer, the material stays pending and the re-check job asks again: an unchecked
     * certificate never counts.
     */
    private List<Material> materials(PublishedItem item, List<CaseRequests.MaterialInput> inputs, String holderIdHash) {
        return materials(item, inputs, holderIdHash, certificates);
    }

    private List<Material> materials(PublishedItem item, List<CaseRequests.MaterialInput> inputs, String holderIdHash,
                                     CertificateVerifier verifier) {
        if (inputs == null) {
            return List.of();
        }
        Map<String, MaterialRequirement> requirements = item.materials().stream()
                .collect(Collectors.toMap(MaterialRequirement::code, requirement -> requirement));
        return inputs.stream().map(input -> {
            MaterialRequirement requirement = Optional.ofNullable(requirements.get(input.code()))
                    .orElseGet(() -> new MaterialRequirement(input.code(), input.code(), false, null, false, false));
            return switch (input.provision()) {
                case UPLOAD -> new Material(requirement, input.provision(), input.reference(), null, null, null);
                case E_CERTIFICATE -> Material.certificate(requirement, input.reference(),
                        requirement.certificateType() == null || input.reference() == null ? Verification.PENDING
                                : verifier.verify(input.reference(), requirement.certificateType(), holderIdHash));
                case COMMITMENT -> Material.committed(requirement);
                case GAP -> new Material(requirement, input.provision(), null, null,
                        input.gapDue() == null ? LocalDate.MIN : input.gapDue(), null);
                case NONE -> Material.missing(requirement);
            };
        }).toList();
    }

    private boolean mayCommit(String idHash) {
        return jdbc.sql("SELECT count(*) FROM false_commitment_mark WHERE applicant_id_hash = :hash")
                .param("hash", idHash).query(Long.class).single() == 0;
    }

    private static ItemSnapshot snapshot(PublishedItem item, Scope deciding) {
        return new ItemSnapshot(item.implementationCode(), item.name(), item.version(), deciding, item.legalLimit(),
                item.promisedLimit(), item.immediate(), item.jointHandling(), item.resultCertificateType(),
                item.materials());
    }

    private static PublishedItem asItem(ItemSnapshot item) {
        return new PublishedItem(item.implementationCode(), item.name(), item.version(), item.deciding().regionCode(),
                item.deciding().orgCode(), item.legalLimit(), item.promisedLimit(), item.immediate(),
                item.jointHandling(), item.resultCertificateType(), item.materials());
    }

    /** Runs a domain step; a refused transition becomes 409, a broken rule 422 — and nothing is saved. */
    static <T> T rules(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (CaseRuleException e) {
            if (e.kind() == CaseRuleException.Kind.ILLEGAL_TRANSITION) {
                throw ProblemException.conflict(e.messageKey(), e.args());
            }
            throw new ProblemException(ProblemKind.RULE_VIOLATED, e.messageKey(), e.args());
        }
    }
}
