package cn.yiwang.catalog.item;

import cn.yiwang.catalog.basic.BasicItemQueries;
import cn.yiwang.catalog.basic.BasicItemView;
import cn.yiwang.catalog.codes.ServiceLevel;
import cn.yiwang.catalog.codes.StandardCode;
import cn.yiwang.catalog.guide.Guide;
import cn.yiwang.catalog.guide.ServiceGuide;
import cn.yiwang.catalog.item.domain.ImplementationCode;
import cn.yiwang.catalog.item.domain.ImplementationItem;
import cn.yiwang.catalog.item.domain.ImplementationItemRepository;
import cn.yiwang.catalog.item.domain.ItemRules;
import cn.yiwang.catalog.item.domain.ItemStateException;
import cn.yiwang.catalog.item.domain.ItemStatus;
import cn.yiwang.catalog.item.messaging.ItemEventsV1;
import cn.yiwang.catalog.quality.QualityCheck;
import cn.yiwang.catalog.region.Regions;
import cn.yiwang.catalog.support.ETags;
import cn.yiwang.catalog.support.RuleFailure;
import cn.yiwang.catalog.support.Violations;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The use cases of an implementation item, one method each; every method checks who is asking. */
@Service
public class ItemCommands {

    private static final Logger log = LoggerFactory.getLogger(ItemCommands.class);

    private final ImplementationItemRepository items;
    private final PublishedVersions versions;
    private final BasicItemQueries basicItems;
    private final Regions regions;
    private final QualityCheck quality;
    private final Violations violations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ItemCommands(ImplementationItemRepository items, PublishedVersions versions, BasicItemQueries basicItems,
                        Regions regions, QualityCheck quality, Violations violations, ApplicationEventPublisher events,
                        Clock clock) {
        this.items = items;
        this.versions = versions;
        this.basicItems = basicItems;
        this.regions = regions;
        this.quality = quality;
        this.violations = violations;
        this.events = events;
        this.clock = clock;
    }

    /** What a department sends to claim a basic item; {@code code} is optional and, if sent, must match. */
    public record Claim(String basicCode, String regionCode, String implementingBody, String bodyCreditCode,
                        String level, String department, String name, String code, Guide guide) {
    }

    /** What a department sends to revise its draft. */
    public record Revision(String name, String implementingBody, String department, Guide guide) {
    }

    @Transactional
    public ItemView claim(Actor actor, Claim claim) {
        Optional<BasicItemView> basic = basicItems.find(claim.basicCode());
        List<RuleFailure> failures = new ArrayList<>();
        if (basic.isEmpty()) {
            failures.add(new RuleFailure("basicCode", "unknown-basic-item", "catalog.item.basic-code.unknown",
                    claim.basicCode()));
        }
        List<ServiceLevel> levels = basic.map(b -> b.levels().stream()
                .map(code -> StandardCode.requireCode(ServiceLevel.class, code)).toList()).orElse(List.of(ServiceLevel.values()));
        failures.addAll(ItemRules.checkClaim(claim.regionCode(), regions.isKnown(claim.regionCode()),
                claim.bodyCreditCode(), claim.level(), levels, claim.basicCode(), claim.code()));
        failures.addAll(ItemRules.checkGuide(claim.guide()));
        violations.throwIfAny(failures);
        ItemAccess.requireEditor(actor, claim.bodyCreditCode(), claim.regionCode());
        String code = ImplementationCode.compose(claim.bodyCreditCode(), claim.level(), claim.basicCode());
        if (items.findByCode(code).isPresent()) {
            throw ProblemException.conflict("catalog.item.code.taken", code);
        }
        BasicItemView entry = basic.orElseThrow();
        ImplementationItem item = ImplementationItem.claim(
                new ImplementationItem.BasicEntry(entry.id(), entry.code(), entry.name(), entry.type(), entry.legalBasis()),
                claim.regionCode(), claim.implementingBody(), claim.bodyCreditCode(), claim.level(), claim.department(),
                claim.name(), claim.guide(), now());
        return ItemView.of(items.save(item));
    }

    @Transactional
    public ItemView revise(Actor actor, UUID id, Revision revision, String ifMatch) {
        ImplementationItem item = load(id);
        ItemAccess.requireEditor(actor, item);
        ETags.requireMatch(ifMatch, item.version());
        violations.throwIfAny(ItemRules.checkGuide(revision.guide()));
        return change(item, i -> i.revise(revision.name(), revision.implementingBody(), revision.department(),
                revision.guide(), now()));
    }

    @Transactional
    public ItemView submit(Actor actor, UUID id, String ifMatch) {
        ImplementationItem item = load(id);
        ItemAccess.requireEditor(actor, item);
        ETags.checkIfPresent(ifMatch, item.version());
        return change(item, i -> i.submit(now()));
    }

    @Transactional
    public ItemView approve(Actor actor, UUID id, String comment, String ifMatch) {
        ImplementationItem item = load(id);
        ItemAccess.requireReviewer(actor, item);
        ETags.checkIfPresent(ifMatch, item.version());
        return change(item, i -> i.approve(actor.subject(), comment, now()));
    }

    @Transactional
    public ItemView reject(Actor actor, UUID id, String comment, String ifMatch) {
        ImplementationItem item = load(id);
        ItemAccess.requireReviewer(actor, item);
        ETags.checkIfPresent(ifMatch, item.version());
        return change(item, i -> i.reject(actor.subject(), comment, now()));
    }

    /**
     * Freezes the approved working copy as the next version, supersedes the previous one and
     * announces it. Refused with 422, naming the failing rules, while an error-level quality rule fails.
     */
    @Transactional
    public ItemView publish(Actor actor, UUID id, String ifMatch) {
        ImplementationItem item = load(id);
        ItemAccess.requireEditorOrReviewer(actor, item);
        ETags.checkIfPresent(ifMatch, item.version());
        Instant now = now();
        String regionName = regions.name(item.regionCode()).orElse(item.regionCode());
        Integer previous = item.hasCurrentPublication() ? item.publishedVersion() : null;
        ServiceGuide published = transition(() -> {
            // Only an approved item reaches the quality gate: a draft gets 409, not a list of rule failures.
            if (item.status() == ItemStatus.APPROVED) {
                violations.throwIfAny(quality.blockingFailures(item.candidate(regionName, now)));
            }
            return item.publish(regionName, now);
        });
        ImplementationItem saved = items.save(item);
        versions.publish(published, quality.passes(published), actor.subject());
        events.publishEvent(new ItemEventsV1.ItemPublished(UUID.randomUUID(), item.id(), item.regionCode(), now,
                previous, published));
        return ItemView.of(saved);
    }

    @Transactional
    public ItemView withdraw(Actor actor, UUID id, String reason, String ifMatch) {
        ImplementationItem item = load(id);
        ItemAccess.requireEditorOrReviewer(actor, item);
        ETags.checkIfPresent(ifMatch, item.version());
        Instant now = now();
        int version = transition(() -> item.withdraw(now));
        ImplementationItem saved = items.save(item);
        ServiceGuide withdrawn = versions.version(item.code(), version)
                .orElseThrow(() -> new IllegalStateException("published version " + version + " of " + item.code()
                        + " is not stored"));
        versions.withdraw(item.id(), version, now);
        events.publishEvent(new ItemEventsV1.ItemWithdrawn(UUID.randomUUID(), item.id(), item.code(),
                item.regionCode(), now, version, reason, withdrawn));
        return ItemView.of(saved);
    }

    @Transactional
    public ItemView openChangeRequest(Actor actor, UUID id, String reason, String ifMatch) {
        ImplementationItem item = load(id);
        ItemAccess.requireEditor(actor, item);
        ETags.checkIfPresent(ifMatch, item.version());
        return change(item, i -> i.openChangeRequest(reason, actor.subject(), now()));
    }

    /**
     * The implementing body takes back a pending change request (调整申请): 404 for a request the
     * item does not have, 409 once it is approved, published or cancelled. The working copy returns
     * to the last published version; the request keeps who cancelled it, when and why, and the
     * region's reviewers see it cancelled on the item.
     */
    @Transactional
    public ItemView cancelChangeRequest(Actor actor, UUID id, UUID requestId, String reason, String ifMatch) {
        ImplementationItem item = load(id);
        ItemAccess.requireEditor(actor, item);
        ETags.checkIfPresent(ifMatch, item.version());
        if (item.changeRequests().stream().noneMatch(request -> request.id().equals(requestId))) {
            throw ProblemException.notFound("调整申请", requestId);
        }
        ServiceGuide last = versions.version(item.code(), item.publishedVersion())
                .orElseThrow(() -> new IllegalStateException("item " + id + " has a change request but no version "
                        + item.publishedVersion()));
        ItemView cancelled = change(item, i -> i.cancelChangeRequest(requestId, actor.subject(), reason,
                new ImplementationItem.PublishedContent(last.name(), last.implementingBody(), last.department(),
                        last.guide()), now()));
        log.info("change request {} of item {} cancelled by {}: {}", requestId, item.code(), actor.subject(), reason);
        return cancelled;
    }

    private ImplementationItem load(UUID id) {
        return items.findById(id).orElseThrow(() -> ProblemException.notFound("实施清单事项", id));
    }

    private ItemView change(ImplementationItem item, Consumer<ImplementationItem> change) {
        transition(() -> {
            change.accept(item);
            return null;
        });
        return ItemView.of(items.save(item));
    }

    private static <T> T transition(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ItemStateException illegal) {
            throw ProblemException.conflict(illegal.messageKey(), illegal.args());
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
