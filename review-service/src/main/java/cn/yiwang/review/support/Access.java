package cn.yiwang.review.support;

import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;

/**
 * Who may see and do what (ARCHITECTURE.md "Identity and access", issue 6 "Access"): evaluators
 * their own; an organisation's staff their organisation's (by the {@code org_code} claim);
 * supervisors their region's subtree (by {@code region_code}). A missing claim never widens access.
 */
public final class Access {

    private Access() {
    }

    /** Staff acting for their own organisation on its evaluations, work orders and appeals. */
    public static boolean actsForOrg(Actor actor, String orgCode) {
        return orgCode != null && orgCode.equals(actor.orgCode())
                && actor.hasAnyRole(Roles.DEPT_ADMIN, Roles.EVALUATION_OFFICER, Roles.WINDOW_CLERK);
    }

    /** Staff who handle their organisation's work orders and appeals (not window clerks). */
    public static boolean managesForOrg(Actor actor, String orgCode) {
        return orgCode != null && orgCode.equals(actor.orgCode())
                && actor.hasAnyRole(Roles.DEPT_ADMIN, Roles.EVALUATION_OFFICER);
    }

    public static boolean supervises(Actor actor, String regionCode) {
        return actor.hasRole(Roles.SUPERVISOR) && regionCode != null && actor.coversRegion(regionCode);
    }

    /** The caller's own evaluations are found by the keyed hash of their ID number, never the number. */
    public static String evaluatorType(Actor actor) {
        Actor.HolderType type = actor.holderType();
        if (type == null) {
            return null;
        }
        return type == Actor.HolderType.ENTERPRISE ? "ENTERPRISE" : "PERSON";
    }

    /** The LIKE pattern of a region's subtree, e.g. {@code 6103%} for 610300. */
    public static String subtreePattern(Actor actor) {
        return cn.yiwang.common.identifier.RegionCode.of(actor.regionCode()).prefix() + "%";
    }
}
