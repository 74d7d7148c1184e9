package cn.yiwang.cases.bundle;

import cn.yiwang.cases.bundle.BundleViews.BundleCaseView;
import cn.yiwang.cases.bundle.domain.BundleCase;
import cn.yiwang.cases.bundle.domain.BundleCaseEvent;
import cn.yiwang.cases.bundle.domain.BundleCaseState;
import cn.yiwang.cases.bundle.domain.BundlePromise;
import cn.yiwang.cases.bundle.domain.BundleRuleException;
import cn.yiwang.cases.bundle.domain.ChildCase;
import cn.yiwang.cases.bundle.messaging.BundleCaseEventV1;
import cn.yiwang.cases.casefile.CaseCommands;
import cn.yiwang.cases.casefile.CaseNumbers;
import cn.yiwang.cases.casefile.CaseRequests;
import cn.yiwang.cases.casefile.PersonalDataAccessLog;
import cn.yiwang.cases.casefile.messaging.CaseEventV1;
import cn.yiwang.cases.clock.CaseClock;
import cn.yiwang.cases.clock.Deadlines;
import cn.yiwang.cases.item.CatalogClient;
import cn.yiwang.cases.material.CertificateVerifier;
import cn.yiwang.cases.material.Verification;
import cn.yiwang.cases.support.ApplicationLedgers;
import cn.yiwang.common.calendar.MissingCalendarYearException;
import cn.yiwang.common.calendar.TimeLimit;
import cn.yiwang.common.calendar.WorkingDayCalendar;
import cn.yiwang.common.idempotency.IdempotentSubmissions;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Bundle applications (一件事一次办): apply once for every item of a published bundle, follow the
 * children, withdraw the whole. The parent and all its children are filed in one transaction, so
 * an application is either there whole or not at all.
 */
@Service
public class BundleCommands {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BundleCommands.class);

    /** Prefix of a parent case's number in place of an item's implementation code: 一件事 (YJS). */
    static final String NUMBER_PREFIX = "YJS";

    private final Bundles bundles;
    private final CaseCommands cases;
    private final CertificateVerifier certificates;
    private final CaseNumbers numbers;
    private final BundleCaseStore store;
    private final BundleViews views;
    private final PersonalDataProtector personalData;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock time;
    private final IdempotentSubmissions submissions;
    private final CaseClock clock;

    BundleCommands(Bundles bundles, CaseCommands cases, CertificateVerifier certificates, CaseNumbers numbers,
                   BundleCaseStore store, BundleViews views, PersonalDataProtector personalData,
                   ApplicationEventPublisher events, JsonMapper json, Clock time,
                   IdempotentSubmissions submissions, CaseClock clock) {
        this.clock = clock;
        this.bundles = bundles;
        this.cases = cases;
        this.certificates = certificates;
        this.numbers = numbers;
        this.store = store;
        this.views = views;
        this.personalData = personalData;
        this.events = events;
        this.json = json;
        this.time = time;
        this.submissions = submissions;
    }

    public record Applied(BundleCaseView view, boolean replayed) {
    }

    /**
     * Files one child case per member item, each with the materials its item's guide asks for,
     * and the parent that follows them. Items, e-certificate checks (once per certificate, however
     * many items use it) and numbers are settled before the transaction, as for a single case;
     * the {@code Idempotency-Key} is claimed inside it.
     */
    public Applied apply(Actor actor, String idempotencyKey, BundleRequests.Apply request) {
        IdempotentSubmissions.Submitted<BundleCaseView> submitted = submissions.submit(ApplicationLedgers.BUNDLE,
                actor, idempotencyKey, request, new IdempotentSubmissions.Submission<Prepared, BundleCaseView>() {
                    @Override
                    public Prepared prepare() {
                        return BundleCommands.this.prepare(actor, request);
                    }

                    @Override
                    public UUID id(Prepared prepared) {
                        return prepared.filed().filed().state().id();
                    }

                    @Override
                    public BundleCaseView file(Prepared prepared) {
                        store.save(prepared.filed().filed());
                        prepared.children().forEach(child -> cases.file(actor, child));
                        publish(prepared.filed().events(), prepared.filed().filed().state(), actor.subject());
                        return views.view(store.find(id(prepared)).orElseThrow(), actor, null);
                    }

                    @Override
                    public BundleCaseView replay(UUID filed) {
                        return views.view(store.find(filed).orElseThrow(), actor, PersonalDataAccessLog.CASE_HANDLING);
                    }
                });
        return new Applied(submitted.answer(), submitted.replayed());
    }

    /** The parent and its children, checked and numbered, not stored yet. */
    private record Prepared(BundleCase.Filed filed, List<CaseCommands.Prepared> children) {
    }

    private Prepared prepare(Actor actor, BundleRequests.Apply request) {
        PublishedBundle bundle = bundle(request.bundleId());
        Map<String, String> form = form(bundle, request.form());
        materialsKnown(bundle, request.materials());
        CertificateVerifier once = onceEach(certificates);
        Map<String, PublishedBundle.Member> members = new LinkedHashMap<>();
        bundle.items().forEach(member -> members.put(member.code(), member));
        List<CaseCommands.Prepared> children = new ArrayList<>();
        for (PublishedBundle.Member member : members.values()) {
            children.add(cases.prepare(actor, new CaseRequests.Apply(member.code(), request.applicantType(),
                    request.applicantName(), request.applicantIdNumber(), request.applicantPhone(), request.channel(),
                    request.acceptingHall(), request.materials()), once, true));
        }
        CaseCommands.Prepared first = children.get(0);
        Instant now = time.instant();
        String number = numbers.next(NUMBER_PREFIX + first.acceptingRegionCode(), first.acceptingRegionCode(),
                WorkingDayCalendar.dateOf(now));
        UUID id = UUID.randomUUID();
        children.forEach(child -> child.fileUnder(id, number));
        List<ChildCase> childCases = children.stream().map(child -> new ChildCase(child.caseId(), child.number(),
                child.itemCode(), child.itemName(), members.get(child.itemCode()).department(),
                child.decidingRegionCode(), child.decidingOrgCode(), "SUBMITTED", null)).toList();
        BundleCaseState filing = new BundleCaseState(id, number, bundle.bundleId(), bundle.name(), bundle.version(),
                bundle.leadDepartment(), bundle.regionCode(), first.applicantType(), first.applicantName(),
                first.applicantIdHash(), personalData.encrypt(json.writeValueAsString(form)), first.channel(),
                first.acceptingRegionCode(), first.acceptingOrgCode(), null, now, null, null, null, childCases,
                promise(bundle.promisedLimitDays(), now, id), 0);
        BundleCase.Filed filed = BundleCase.submit(filing, now);
        return new Prepared(filed, children);
    }

    /**
     * The applicant withdraws the whole application: the parent ends, and every child case still
     * open is withdrawn as if one by one (children already decided keep their decision).
     */
    @Transactional
    public BundleCaseView withdraw(Actor actor, UUID id, BundleRequests.Withdraw request) {
        BundleCase unlocked = store.find(id).filter(found -> BundleViews.visible(actor, found.state()))
                .orElseThrow(() -> ProblemException.notFound("一件事办件", id));
        // Children first, then the parent: the order a child's own step takes its locks in (its row, then
        // the parent through ChildCases), so a withdrawal and a department's decision cannot deadlock.
        cases.lock(unlocked.state().children().stream().map(ChildCase::caseId).toList());
        BundleCase parent = store.findForUpdate(id).orElseThrow();
        if (!BundleViews.mayActForApplicant(actor, parent.state())) {
            throw ProblemException.forbidden("problem.forbidden.detail");
        }
        String reason = request == null ? null : request.reason();
        List<UUID> open = parent.openChildren();
        List<BundleCaseEvent> caused = rules(() -> parent.withdraw(reason, time.instant()));
        store.save(parent);
        for (UUID child : open) {
            cases.withdrawWithBundle(actor, child, reason);
        }
        BundleCase withdrawn = store.find(id).orElseThrow();
        publish(caused, withdrawn.state(), actor.subject());
        return views.view(withdrawn, actor, PersonalDataAccessLog.CASE_HANDLING);
    }

    /**
     * A child case moved (called in the transaction of its step): the parent records it, and
     * concludes when the last child has ended. The parent's row lock makes children ending at the
     * same moment take turns, so exactly one of them concludes the parent.
     */
    void childChanged(CaseEventV1 event) {
        Optional<BundleCase> found = store.parentOfForUpdate(event.caseId());
        if (found.isEmpty()) {
            return;
        }
        BundleCase parent = found.get();
        ChildCase known = parent.state().children().stream().filter(child -> child.caseId().equals(event.caseId()))
                .findFirst().orElseThrow();
        if (known.status().equals(event.status()) && (event.outcome() == null || event.outcome().equals(known.outcome()))) {
            return;
        }
        List<BundleCaseEvent> caused = parent.childChanged(event.caseId(), event.status(), event.outcome(),
                event.occurredAt());
        store.save(parent);
        publish(caused, parent.state(), event.handlingStaff());
    }

    /**
     * The bundle's promised limit counted in working days on the official calendar from the arrival of
     * the one application (see {@link BundlePromise} for why not from an acceptance). None when the bundle
     * promises nothing, or when the end falls in a year the calendar has no data for yet (as for cases).
     */
    private BundlePromise promise(Integer workingDays, Instant submittedAt, UUID id) {
        if (workingDays == null || workingDays <= 0) {
            return null;
        }
        TimeLimit limit = TimeLimit.workingDays(workingDays);
        try {
            Deadlines deadlines = clock.deadlines(submittedAt, limit, limit, 0, List.of());
            return deadlines.stopped() ? null : new BundlePromise(workingDays, deadlines.promisedDue(), deadlines.warningAt());
        } catch (MissingCalendarYearException e) {
            log.error("bundle application {}: promised date unknown until the working-day calendar is extended: {}", id,
                    e.getMessage());
            return null;
        }
    }

    private void publish(List<BundleCaseEvent> caused, BundleCaseState state, String actor) {
        caused.forEach(event -> events.publishEvent(BundleCaseEventV1.of(event, state, actor)));
    }

    private PublishedBundle bundle(UUID bundleId) {
        try {
            return bundles.latest(bundleId).orElseThrow(() -> new ProblemException(ProblemKind.RULE_VIOLATED,
                    List.of(new Violation("bundleId", "unknown", "bundle.unknown")), "bundle.unknown", bundleId));
        } catch (BundleWithdrawnException e) {
            throw new ProblemException(ProblemKind.RULE_VIOLATED,
                    List.of(new Violation("bundleId", "withdrawn", "bundle.withdrawn.field")), "bundle.withdrawn",
                    e.bundle().name(), bundleId);
        } catch (CatalogClient.CatalogUnavailableException e) {
            throw new ProblemException(ProblemKind.SERVICE_UNAVAILABLE, "bundle.unavailable", bundleId);
        }
    }

    /** The one form: every field the bundle asks for as required is filled, no field it does not know. */
    private static Map<String, String> form(PublishedBundle bundle, Map<String, String> given) {
        Map<String, String> form = given == null ? Map.of() : given;
        Set<String> known = bundle.form().stream().map(PublishedBundle.Field::key).collect(Collectors.toSet());
        List<Violation> violations = new ArrayList<>();
        form.keySet().stream().filter(key -> !known.contains(key)).sorted()
                .forEach(key -> violations.add(new Violation("form." + key, "unknown", "bundle.form.unknown-field")));
        bundle.form().stream().filter(PublishedBundle.Field::required)
                .filter(field -> form.get(field.key()) == null || form.get(field.key()).isBlank())
                .forEach(field -> violations.add(new Violation("form." + field.key(), "required", "bundle.form.required")));
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemKind.VALIDATION_FAILED, violations, "problem.validation-failed.detail",
                    violations.size());
        }
        Map<String, String> kept = new LinkedHashMap<>();
        form.forEach((key, value) -> kept.put(key, value == null ? null : value.strip()));
        return kept;
    }

    private static void materialsKnown(PublishedBundle bundle, List<CaseRequests.MaterialInput> materials) {
        if (materials == null) {
            return;
        }
        Set<String> known = bundle.materials().stream().map(PublishedBundle.BundleMaterial::key).collect(Collectors.toSet());
        List<Violation> violations = materials.stream().filter(material -> !known.contains(material.code()))
                .map(material -> new Violation("materials", "unknown", "case.material.unknown")).toList();
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemKind.RULE_VIOLATED, violations, "case.material.unknown",
                    materials.stream().map(CaseRequests.MaterialInput::code).filter(code -> !known.contains(code))
                            .collect(Collectors.joining(", ")));
        }
    }

    /** Asks certificate-service once per certificate and type; a "pending" answer is not kept, so the next item asks again. */
    private static CertificateVerifier onceEach(CertificateVerifier verifier) {
        Map<String, Verification> answers = new ConcurrentHashMap<>();
        return (identifier, type, holder) -> {
            String key = identifier + "|" + type;
            Verification known = answers.get(key);
            if (known != null) {
                return known;
            }
            Verification answer = verifier.verify(identifier, type, holder);
            if (answer != Verification.PENDING) {
                answers.put(key, answer);
            }
            return answer;
        };
    }

    private static <T> T rules(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (BundleRuleException e) {
            throw ProblemException.conflict(e.messageKey());
        }
    }

}
