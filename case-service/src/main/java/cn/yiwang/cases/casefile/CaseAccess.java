package cn.yiwang.cases.casefile;

import cn.yiwang.cases.casefile.domain.CaseState;
import cn.yiwang.cases.casefile.domain.Scope;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;

/**
 * Who may see and act on a case (ARCHITECTURE.md, data scope): applicants their own cases only;
 * hall and department staff within their region subtree and their own organisation — the
 * accepting hall and the deciding body of a cross-region case each in their own scope;
 * supervisors their region subtree; partner systems the cases accepted in their region.
 */
final class CaseAccess {

    /** What a step needs. */
    enum Act {
        /** Accept, refuse, supplement notice, immediate conclusion: the accepting hall's clerk. */
        ACCEPT,
        /** Review, special procedures, extension, conclusion: the deciding body. */
        DECIDE,
        /** Delivery: either office. */
        DELIVER,
        /** Supply materials, close a gap, withdraw: the applicant, or a clerk at the hall for them. */
        APPLICANT
    }

    private CaseAccess() {
    }

    static boolean visible(Actor actor, CaseState state) {
        if (actor.isHolder()) {
            return actor.owns(state.applicant().idHash());
        }
        if (actor.hasRole(Roles.SUPERVISOR)
                && (actor.coversRegion(state.accepting().regionCode()) || actor.coversRegion(state.deciding().regionCode()))) {
            return true;
        }
        if (actor.hasRole(Roles.PARTNER_SYSTEM) && actor.coversRegion(state.accepting().regionCode())) {
            return true;
        }
        return actor.hasAnyRole(Roles.WINDOW_CLERK, Roles.APPROVER, Roles.DEPT_ADMIN)
                && (inScope(actor, state.accepting()) || inScope(actor, state.deciding()));
    }

    static boolean may(Actor actor, CaseState state, Act act) {
        boolean clerk = actor.hasRole(Roles.WINDOW_CLERK) && inScope(actor, state.accepting());
        boolean decider = actor.hasAnyRole(Roles.APPROVER, Roles.DEPT_ADMIN) && inScope(actor, state.deciding());
        return switch (act) {
            case ACCEPT -> clerk;
            case DECIDE -> decider;
            case DELIVER -> clerk || decider;
            case APPLICANT -> (actor.isHolder() && actor.owns(state.applicant().idHash())) || clerk;
        };
    }

    /** Whether staff of this office may see full ID numbers and phones of the case. */
    static boolean mayReveal(Actor actor, CaseState state) {
        if (actor.isHolder()) {
            return actor.owns(state.applicant().idHash());
        }
        return inScope(actor, state.accepting()) || inScope(actor, state.deciding());
    }

    static boolean inScope(Actor actor, Scope scope) {
        return actor.coversRegion(scope.regionCode()) && scope.orgCode().equals(actor.orgCode());
    }
}
