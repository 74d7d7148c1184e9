package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;

/**
 * Who may do what with density monitoring: the CDC enters data in its own region (Art. 21); the
 * 爱卫办 and supervisors read the results of their region. Checked on every call, not only at the
 * gateway.
 */
final class MonitoringAccess {

    private MonitoringAccess() {
    }

    static void requireMonitorOf(Actor actor, String regionCode) {
        if (!actor.hasRole(Roles.CDC_MONITOR)) {
            throw ProblemException.forbidden("monitoring.forbidden.not-monitor");
        }
        actor.requireRegion(regionCode);
    }

    static void requireReaderOf(Actor actor, String regionCode) {
        requireReader(actor);
        actor.requireRegion(regionCode);
    }

    static void requireReader(Actor actor) {
        if (!actor.hasAnyRole(Roles.CDC_MONITOR, Roles.AIWEI_OFFICER, Roles.SUPERVISOR)) {
            throw ProblemException.forbidden("monitoring.forbidden.not-reader");
        }
    }
}
