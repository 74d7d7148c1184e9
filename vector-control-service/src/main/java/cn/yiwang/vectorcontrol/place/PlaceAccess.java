package cn.yiwang.vectorcontrol.place;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.vectorcontrol.place.domain.Department;
import cn.yiwang.vectorcontrol.place.domain.DepartmentOffice;
import cn.yiwang.vectorcontrol.place.domain.DepartmentOfficeRepository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who sees which place: the 爱卫办 every place of its region; a supervising department's inspector
 * the places of its own Art. 5 domain in its region, known from the office registered under the
 * credit code its token carries.
 */
@Component
public class PlaceAccess {

    private final DepartmentOfficeRepository offices;

    PlaceAccess(DepartmentOfficeRepository offices) {
        this.offices = offices;
    }

    public void requireOfficeOf(Actor actor, String regionCode) {
        if (!actor.hasRole(Roles.AIWEI_OFFICER)) {
            throw ProblemException.forbidden("place.forbidden.not-aiwei");
        }
        actor.requireRegion(regionCode);
    }

    /** The department an inspector acts for, if their organisation is a registered office. */
    public Optional<Department> departmentOf(Actor actor) {
        if (!actor.hasRole(Roles.INSPECTOR) || actor.orgCode() == null) {
            return Optional.empty();
        }
        return offices.findById(actor.orgCode()).map(DepartmentOffice::department);
    }

    public void requireReaderOf(Actor actor, String regionCode, Department supervisingDepartment) {
        actor.requireRegion(regionCode);
        if (actor.hasRole(Roles.AIWEI_OFFICER)) {
            return;
        }
        if (departmentOf(actor).filter(department -> department == supervisingDepartment).isEmpty()) {
            throw ProblemException.forbidden("place.forbidden.other-domain");
        }
    }

    /** Whether the actor may see the responsible person's phone unmasked: the 爱卫办 that registered it. */
    public boolean seesContactDetails(Actor actor) {
        return actor.hasRole(Roles.AIWEI_OFFICER);
    }
}
