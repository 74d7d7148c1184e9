package cn.yiwang.catalog.item;

import cn.yiwang.catalog.item.domain.ImplementationItem;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;

/**
 * Who may do what with an implementation item (issue 4, "Access"): the implementing body's
 * department administrator within its region edits drafts and opens change requests; the region's
 * approval office reviews; catalog administrators may read everything.
 */
final class ItemAccess {

    private ItemAccess() {
    }

    /** The department administrator of this body (org_code = the body's credit code) in a region that covers the item's. */
    static boolean isEditor(Actor actor, String bodyCreditCode, String regionCode) {
        return actor.hasRole(Roles.DEPT_ADMIN) && bodyCreditCode.equals(actor.orgCode()) && actor.coversRegion(regionCode);
    }

    static boolean isReviewer(Actor actor, String regionCode) {
        return actor.hasRole(Roles.APPROVER) && actor.coversRegion(regionCode);
    }

    static void requireEditor(Actor actor, ImplementationItem item) {
        requireEditor(actor, item.bodyCreditCode(), item.regionCode());
    }

    static void requireEditor(Actor actor, String bodyCreditCode, String regionCode) {
        if (!isEditor(actor, bodyCreditCode, regionCode)) {
            throw ProblemException.forbidden("catalog.item.forbidden.edit", regionCode);
        }
    }

    static void requireReviewer(Actor actor, ImplementationItem item) {
        if (!isReviewer(actor, item.regionCode())) {
            throw ProblemException.forbidden("catalog.item.forbidden.review", item.regionCode());
        }
    }

    /** Publishing and withdrawal: the body itself or the region's approval office. */
    static void requireEditorOrReviewer(Actor actor, ImplementationItem item) {
        if (!isEditor(actor, item.bodyCreditCode(), item.regionCode()) && !isReviewer(actor, item.regionCode())) {
            throw ProblemException.forbidden("catalog.item.forbidden.publish", item.regionCode());
        }
    }

    static void requireReader(Actor actor, ImplementationItem item) {
        boolean catalogAdmin = actor.hasRole(Roles.CATALOG_ADMIN) && actor.coversRegion(item.regionCode());
        if (!catalogAdmin && !isEditor(actor, item.bodyCreditCode(), item.regionCode())
                && !isReviewer(actor, item.regionCode())) {
            throw ProblemException.forbidden("catalog.item.forbidden.read", item.regionCode());
        }
    }
}
