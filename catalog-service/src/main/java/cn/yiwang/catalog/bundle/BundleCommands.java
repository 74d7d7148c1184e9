package cn.yiwang.catalog.bundle;

import cn.yiwang.catalog.bundle.domain.Bundle;
import cn.yiwang.catalog.bundle.domain.BundleRepository;
import cn.yiwang.catalog.bundle.domain.BundleStateException;
import cn.yiwang.catalog.bundle.domain.MergedBundle;
import cn.yiwang.catalog.bundle.messaging.BundleEventsV1;
import cn.yiwang.catalog.guide.ServiceGuide;
import cn.yiwang.catalog.item.ItemQueries;
import cn.yiwang.catalog.region.Regions;
import cn.yiwang.catalog.support.CatalogJson;
import cn.yiwang.catalog.support.ETags;
import cn.yiwang.catalog.support.RuleFailure;
import cn.yiwang.catalog.support.Violations;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Defining and publishing bundles: catalog administrators, or the approval office of the bundle's
 * region (which answers for 一件事一次办 there).
 */
@Service
public class BundleCommands {

    private final BundleRepository bundles;
    private final ItemQueries items;
    private final Regions regions;
    private final Violations violations;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public BundleCommands(BundleRepository bundles, ItemQueries items, Regions regions, Violations violations,
                          JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.bundles = bundles;
        this.items = items;
        this.regions = regions;
        this.violations = violations;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public record Definition(String name, String regionCode, String leadDepartment, String description,
                             List<String> itemCodes) {
    }

    /** What a maintainer sends to change a bundle; its region stays. */
    public record Revision(String name, String leadDepartment, String description, List<String> itemCodes) {
    }

    @Transactional
    public BundleView define(Actor actor, Definition definition) {
        List<RuleFailure> failures = new ArrayList<>();
        if (!regions.isKnown(definition.regionCode())) {
            failures.add(new RuleFailure("regionCode", "unknown-region", "catalog.item.region.unknown",
                    definition.regionCode()));
        }
        failures.addAll(checkMembers(definition.itemCodes(), definition.leadDepartment()));
        violations.throwIfAny(failures);
        requireMaintainer(actor, definition.regionCode());
        Bundle bundle = Bundle.define(definition.name(), definition.regionCode(), definition.leadDepartment(),
                definition.description(), definition.itemCodes(), clock.instant());
        return BundleView.of(bundles.save(bundle));
    }

    /**
     * Changes a bundle's name, lead, description or members (If-Match required: 428 without, 412
     * stale). A published version stays public until the revision is published as the next one,
     * with the merged form and materials rebuilt from the new members.
     */
    @Transactional
    public BundleView revise(Actor actor, UUID id, Revision revision, String ifMatch) {
        Bundle bundle = load(id);
        requireMaintainer(actor, bundle.regionCode());
        ETags.requireMatch(ifMatch, bundle.version());
        violations.throwIfAny(checkMembers(revision.itemCodes(), revision.leadDepartment()));
        bundle.revise(revision.name(), revision.leadDepartment(), revision.description(), revision.itemCodes(),
                clock.instant());
        return BundleView.of(bundles.save(bundle));
    }

    /**
     * Takes the current version off the catalog (409 if there is none) and announces it, so the
     * case service stops accepting applications for it. Every version stays readable by number.
     */
    @Transactional
    public BundleView withdraw(Actor actor, UUID id, String reason, String ifMatch) {
        Bundle bundle = load(id);
        requireMaintainer(actor, bundle.regionCode());
        ETags.checkIfPresent(ifMatch, bundle.version());
        Instant now = clock.instant();
        int version;
        try {
            version = bundle.withdraw(now);
        } catch (BundleStateException illegal) {
            throw ProblemException.conflict(illegal.messageKey(), id);
        }
        Bundle saved = bundles.save(bundle);
        MergedBundle withdrawn = jdbc.queryForList("select published::text from bundle_version where bundle_id = ? and version_no = ?",
                        String.class, id, version).stream().findFirst()
                .map(json -> CatalogJson.read(json, MergedBundle.class))
                .orElseThrow(() -> new IllegalStateException("published version " + version + " of bundle " + id
                        + " is not stored"));
        jdbc.update("""
                update bundle_version set state = 'WITHDRAWN', ended_at = ?, withdrawal_reason = ?
                where bundle_id = ? and state = 'CURRENT'""", Timestamp.from(now), reason, id);
        events.publishEvent(new BundleEventsV1.BundleWithdrawn(UUID.randomUUID(), id, bundle.name(),
                bundle.regionCode(), now, version, reason, withdrawn));
        return BundleView.of(saved);
    }

    /** At least two distinct published items, and the lead department is one of theirs. */
    private List<RuleFailure> checkMembers(List<String> codes, String leadDepartment) {
        List<RuleFailure> failures = new ArrayList<>();
        if (codes.size() < 2) {
            failures.add(new RuleFailure("itemCodes", "too-few", "catalog.bundle.items.too-few"));
        }
        Map<String, ServiceGuide> published = current(codes);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                failures.add(new RuleFailure("itemCodes[" + i + "]", "duplicate", "catalog.bundle.items.duplicate", codes.get(i)));
            } else if (!published.containsKey(codes.get(i))) {
                failures.add(new RuleFailure("itemCodes[" + i + "]", "not-published", "catalog.bundle.items.not-published",
                        codes.get(i)));
            }
        }
        if (!published.isEmpty() && published.values().stream()
                .noneMatch(guide -> guide.department().equals(leadDepartment))) {
            failures.add(new RuleFailure("leadDepartment", "not-a-member", "catalog.bundle.lead.not-a-member",
                    leadDepartment));
        }
        return failures;
    }

    private Bundle load(UUID id) {
        return bundles.findById(id).orElseThrow(() -> ProblemException.notFound("一件事", id));
    }

    /**
     * Publishes (or republishes, after a revision, a member's new version or a withdrawal) the bundle
     * from its members' current published versions: the merged form and materials are rebuilt.
     */
    @Transactional
    public MergedBundle publish(Actor actor, UUID id, String ifMatch) {
        Bundle bundle = load(id);
        requireMaintainer(actor, bundle.regionCode());
        ETags.checkIfPresent(ifMatch, bundle.version());
        Map<String, ServiceGuide> published = current(bundle.itemCodes());
        List<RuleFailure> failures = new ArrayList<>();
        for (int i = 0; i < bundle.itemCodes().size(); i++) {
            if (!published.containsKey(bundle.itemCodes().get(i))) {
                failures.add(new RuleFailure("itemCodes[" + i + "]", "not-published",
                        "catalog.bundle.items.not-published", bundle.itemCodes().get(i)));
            }
        }
        violations.throwIfAny(failures);
        Instant now = clock.instant();
        MergedBundle merged = bundle.publish(bundle.itemCodes().stream().map(published::get).toList(), now);
        bundles.save(bundle);
        jdbc.update("update bundle_version set state = 'SUPERSEDED', ended_at = ? where bundle_id = ? and state = 'CURRENT'",
                Timestamp.from(now), id);
        jdbc.update("""
                insert into bundle_version (bundle_id, version_no, state, region_code, name, published, published_at)
                values (?, ?, 'CURRENT', ?, ?, cast(? as jsonb), ?)""",
                id, merged.version(), bundle.regionCode(), bundle.name(), CatalogJson.write(merged), Timestamp.from(now));
        events.publishEvent(new BundleEventsV1.BundlePublished(UUID.randomUUID(), id, bundle.regionCode(), now, merged));
        return merged;
    }

    private Map<String, ServiceGuide> current(List<String> codes) {
        return items.currentGuides(codes).stream().collect(Collectors.toMap(ServiceGuide::code, Function.identity()));
    }

    static void requireMaintainer(Actor actor, String regionCode) {
        boolean allowed = actor.hasAnyRole(Roles.CATALOG_ADMIN, Roles.APPROVER) && actor.coversRegion(regionCode);
        if (!allowed) {
            throw ProblemException.forbidden("catalog.bundle.forbidden", regionCode);
        }
    }
}
