package cn.yiwang.catalog.item;

import cn.yiwang.catalog.codes.BasicCodeLayout;
import cn.yiwang.catalog.guide.ServiceGuide;
import cn.yiwang.catalog.item.domain.ImplementationItem;
import cn.yiwang.catalog.item.domain.ImplementationItemRepository;
import cn.yiwang.catalog.item.domain.ItemRules;
import cn.yiwang.catalog.quality.QualityCheck;
import cn.yiwang.catalog.quality.QualityReport;
import cn.yiwang.catalog.region.Regions;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Reading items: working copies for their editors and reviewers, published guides for everyone. */
@Service
@Transactional(readOnly = true)
public class ItemQueries {

    private final ImplementationItemRepository items;
    private final PublishedVersions versions;
    private final QualityCheck quality;
    private final Regions regions;
    private final Clock clock;
    private final BasicCodeLayout basicCodeLayout;

    public ItemQueries(ImplementationItemRepository items, PublishedVersions versions, QualityCheck quality,
                       Regions regions, Clock clock, BasicCodeLayout basicCodeLayout) {
        this.items = items;
        this.basicCodeLayout = basicCodeLayout;
        this.versions = versions;
        this.quality = quality;
        this.regions = regions;
        this.clock = clock;
    }

    public ItemView workingCopy(Actor actor, UUID id) {
        ImplementationItem item = load(id);
        ItemAccess.requireReader(actor, item);
        return ItemView.of(item);
    }

    /** The quality report of the working copy, as it would be published now. */
    public QualityReport quality(Actor actor, UUID id) {
        ImplementationItem item = load(id);
        ItemAccess.requireReader(actor, item);
        return quality.report(item.candidate(regions.name(item.regionCode()).orElse(item.regionCode()), clock.instant()));
    }

    public List<PublishedVersions.VersionSummary> history(Actor actor, UUID id) {
        ImplementationItem item = load(id);
        ItemAccess.requireReader(actor, item);
        return versions.history(id);
    }

    /** The current published guide; 404 for a code that was never published or is withdrawn. */
    public ServiceGuide publishedGuide(String code) {
        requireWellFormed(code);
        return versions.current(code).orElseThrow(() -> ProblemException.notFound("办事指南", code));
    }

    /** Any published version, current or not: what an applicant saw when they applied. */
    public ServiceGuide publishedGuide(String code, int version) {
        requireWellFormed(code);
        return versions.version(code, version).orElseThrow(() -> ProblemException.notFound("办事指南", code + " v" + version));
    }

    public List<ServiceGuide> currentGuides(List<String> codes) {
        return versions.currentByCodes(codes);
    }

    private void requireWellFormed(String code) {
        if (!ItemRules.isValidImplementationCode(code, basicCodeLayout)) {
            throw ProblemException.notFound("办事指南", code);
        }
    }

    private ImplementationItem load(UUID id) {
        return items.findById(id).orElseThrow(() -> ProblemException.notFound("实施清单事项", id));
    }
}
