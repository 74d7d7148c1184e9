package cn.yiwang.catalog.bundle;

import cn.yiwang.catalog.bundle.domain.Bundle;
import cn.yiwang.catalog.bundle.domain.BundleRepository;
import cn.yiwang.catalog.bundle.domain.MergedBundle;
import cn.yiwang.catalog.region.Regions;
import cn.yiwang.catalog.support.CatalogJson;
import cn.yiwang.catalog.support.RuleFailure;
import cn.yiwang.catalog.support.Violations;
import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Published bundles for everybody; definitions for their maintainers. */
@Service
@Transactional(readOnly = true)
public class BundleQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final Violations violations;
    private final BundleRepository bundles;

    public BundleQueries(NamedParameterJdbcTemplate jdbc, Violations violations, BundleRepository bundles) {
        this.jdbc = jdbc;
        this.violations = violations;
        this.bundles = bundles;
    }

    /** The definition as its maintainers edit it (with the version for If-Match). */
    public BundleView definition(Actor actor, UUID id) {
        Bundle bundle = bundles.findById(id).orElseThrow(() -> ProblemException.notFound("一件事", id));
        BundleCommands.requireMaintainer(actor, bundle.regionCode());
        return BundleView.of(bundle);
    }

    /** Any published version, current, superseded or withdrawn: what an applicant saw when they applied. */
    public MergedBundle version(UUID id, int version) {
        return jdbc.queryForList("select published::text from bundle_version where bundle_id = :id and version_no = :version",
                        new MapSqlParameterSource("id", id).addValue("version", version), String.class).stream().findFirst()
                .map(json -> CatalogJson.read(json, MergedBundle.class))
                .orElseThrow(() -> ProblemException.notFound("一件事", id + " v" + version));
    }

    public MergedBundle published(UUID id) {
        return jdbc.queryForList("select published::text from bundle_version where bundle_id = :id and state = 'CURRENT'",
                        new MapSqlParameterSource("id", id), String.class).stream().findFirst()
                .map(json -> CatalogJson.read(json, MergedBundle.class))
                .orElseThrow(() -> ProblemException.notFound("一件事", id));
    }

    /** The bundles offered in a region: its own and its subtree's, and those of the regions above it. */
    public List<MergedBundle> inRegion(String region) {
        if (!RegionCode.isValid(region)) {
            violations.throwIfAny(List.of(new RuleFailure("region", "invalid-format", "catalog.item.region.format", region)));
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("subtree", Regions.subtreePattern(region))
                .addValue("ancestors", Regions.ancestors(region).isEmpty() ? List.of("-") : Regions.ancestors(region));
        return jdbc.queryForList("""
                select published::text from bundle_version
                where state = 'CURRENT' and (region_code like :subtree or region_code in (:ancestors))
                order by name""", parameters, String.class).stream()
                .map(json -> CatalogJson.read(json, MergedBundle.class)).toList();
    }
}
