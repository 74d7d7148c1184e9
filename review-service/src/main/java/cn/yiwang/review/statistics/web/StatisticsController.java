package cn.yiwang.review.statistics.web;

import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.review.statistics.Dimension;
import cn.yiwang.review.statistics.Figures;
import cn.yiwang.review.statistics.StatisticsQueries;
import cn.yiwang.review.support.Access;
import cn.yiwang.review.support.Problems;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures by region, organisation, staff, item and channel for a day or a month. Organisation and
 * item figures are public and anonymous (issue 6) under {@code /public/statistics}; region, staff
 * and channel figures need the matching scope.
 */
@RestController
@Validated
@RequestMapping("${yiwang.api.base-path}")
public class StatisticsController {

    private static final String PERIOD = "\\d{4}-\\d{2}(-\\d{2})?";

    private final StatisticsQueries statistics;
    public StatisticsController(StatisticsQueries statistics) {
        this.statistics = statistics;
    }

    /** Anyone, without a token: an organisation's figures. */
    @GetMapping("/public/statistics/organisations/{orgCode}")
    public Figures publicOrganisation(@PathVariable String orgCode, @RequestParam @Pattern(regexp = PERIOD) String period) {
        return statistics.figures(Dimension.ORGANISATION, orgCode, period);
    }

    /** Anyone, without a token: an item's figures. */
    @GetMapping("/public/statistics/items/{itemCode}")
    public Figures publicItem(@PathVariable String itemCode, @RequestParam @Pattern(regexp = PERIOD) String period) {
        return statistics.figures(Dimension.ITEM, itemCode, period);
    }

    @GetMapping("/statistics/{dimension}/{key}")
    public Figures figures(@PathVariable Dimension dimension, @PathVariable String key,
                           @RequestParam @Pattern(regexp = PERIOD) String period, Actor actor) {
        if (dimension.isCoverageBase()) {
            throw Problems.notFound("review.statistics.no-such-dimension", dimension.name());
        }
        if (!mayRead(actor, dimension, key)) {
            throw Problems.forbidden("review.statistics.out-of-scope", dimension.name(), key);
        }
        return statistics.figures(dimension, key, period);
    }

    private boolean mayRead(Actor actor, Dimension dimension, String key) {
        return switch (dimension) {
            case ORGANISATION, ITEM -> true;
            case REGION -> Access.supervises(actor, key)
                    || (actor.hasRole(Roles.EVALUATION_OFFICER) && actor.coversRegion(key));
            case CHANNEL -> actor.hasRole(Roles.SUPERVISOR);
            case STAFF -> key.equals(actor.subject()) || servedInScope(actor, key);
            // Building blocks of the region coverage, not figures of their own.
            case REGION_ITEM, REGION_ORGANISATION, REGION_CHANNEL -> false;
        };
    }

    /** A staff member's figures are for their organisation's managers and their region's supervisors. */
    private boolean servedInScope(Actor actor, String staffId) {
        if (Access.supervises(actor, actor.regionCode())) {
            return statistics.staffServedIn(staffId, null, Access.subtreePattern(actor));
        }
        return Access.managesForOrg(actor, actor.orgCode()) && statistics.staffServedIn(staffId, actor.orgCode(), null);
    }
}
