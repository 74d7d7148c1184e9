package cn.yiwang.catalog.basic;

import cn.yiwang.catalog.basic.domain.BasicItem;
import cn.yiwang.catalog.basic.domain.BasicItemRepository;
import cn.yiwang.catalog.basic.domain.BasicItemRules;
import cn.yiwang.catalog.codes.BasicCodeLayout;
import cn.yiwang.catalog.codes.ItemType;
import cn.yiwang.catalog.codes.StandardCode;
import cn.yiwang.catalog.support.ETags;
import cn.yiwang.catalog.support.Violations;
import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Defining and revising basic directory entries (基本目录). The basic directory is set by the line
 * ministry or the province (DOMAIN.md §2); cities and counties only claim implementation entries
 * from it. So only a catalog administrator whose region is a province (or the nation) maintains it.
 */
@Service
public class BasicItemCommands {

    private final BasicItemRepository repository;
    private final Violations violations;
    private final Clock clock;
    private final BasicCodeLayout layout;

    public BasicItemCommands(BasicItemRepository repository, Violations violations, Clock clock,
                             BasicCodeLayout layout) {
        this.repository = repository;
        this.layout = layout;
        this.violations = violations;
        this.clock = clock;
    }

    public record Definition(String code, String name, String type, String lineDepartment, String legalBasis,
                             List<String> levels) {
    }

    @Transactional
    public BasicItemView define(Actor actor, Definition definition) {
        requireProvincialAdministrator(actor);
        violations.throwIfAny(BasicItemRules.check(layout, definition.code(), definition.type(), definition.levels(), true));
        requireOwnProvince(actor, definition.code());
        if (repository.findByCode(definition.code()).isPresent()) {
            throw ProblemException.conflict("catalog.basic.code.taken", definition.code());
        }
        BasicItem item = BasicItem.define(definition.code(), definition.name(), type(definition.type()),
                definition.lineDepartment(), definition.legalBasis(), BasicItemRules.levels(definition.levels()),
                clock.instant());
        return BasicItemView.of(repository.save(item));
    }

    @Transactional
    public BasicItemView revise(Actor actor, String code, Definition definition, String ifMatch) {
        requireProvincialAdministrator(actor);
        BasicItem item = repository.findByCode(code).orElseThrow(() -> ProblemException.notFound("基本目录事项", code));
        requireOwnProvince(actor, code);
        ETags.requireMatch(ifMatch, item.version());
        violations.throwIfAny(BasicItemRules.check(layout, code, definition.type(), definition.levels(), false));
        item.revise(definition.name(), type(definition.type()), definition.lineDepartment(), definition.legalBasis(),
                BasicItemRules.levels(definition.levels()), clock.instant());
        return BasicItemView.of(repository.save(item));
    }

    /**
     * 403 unless the actor is a catalog administrator of a province (region level 2, e.g. 610000)
     * or of the nation: a city's or county's administrator, or a token without a valid region, is
     * refused before anything is read or written.
     */
    static void requireProvincialAdministrator(Actor actor) {
        boolean provincial = actor.regionCode() != null && RegionCode.isValid(actor.regionCode())
                && RegionCode.of(actor.regionCode()).level() <= 2;
        if (!actor.hasRole(Roles.CATALOG_ADMIN) || !provincial) {
            throw ProblemException.forbidden("catalog.basic.forbidden.level",
                    actor.regionCode() == null ? "-" : actor.regionCode());
        }
    }

    /**
     * A province maintains its own part of the basic directory: the code's 制定地区 segment (DOMAIN.md §2,
     * the layout's {@code region} segment) must be the administrator's province. A national
     * administrator (region 000000) maintains every part; a layout without a region segment leaves
     * the code unchecked.
     */
    void requireOwnProvince(Actor actor, String code) {
        RegionCode region = RegionCode.of(actor.regionCode());
        if (region.level() == 1) {
            return;
        }
        String province = region.prefix();
        layout.segment(code, "region").filter(defined -> !defined.equals(province)).ifPresent(defined -> {
            throw ProblemException.forbidden("catalog.basic.forbidden.province", actor.regionCode(), defined);
        });
    }

    private static ItemType type(String code) {
        return StandardCode.requireCode(ItemType.class, code);
    }
}
