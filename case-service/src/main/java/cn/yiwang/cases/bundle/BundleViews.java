package cn.yiwang.cases.bundle;

import cn.yiwang.cases.bundle.domain.BundleCase;
import cn.yiwang.cases.bundle.domain.BundleCaseState;
import cn.yiwang.cases.bundle.domain.BundleCaseStatus;
import cn.yiwang.cases.bundle.domain.BundlePromise;
import cn.yiwang.cases.bundle.domain.BundleResult;
import cn.yiwang.cases.bundle.domain.ChildCase;
import cn.yiwang.cases.casefile.PersonalDataAccessLog;
import cn.yiwang.cases.clock.DeadlineColour;
import cn.yiwang.common.personaldata.PersonalDataKind;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bundle application as the API shows it, and who may see it: the applicant; the accepting
 * hall's staff; each department handling one of its child cases; supervisors and partner systems
 * of the region. The form (personal data) only to the applicant and the offices handling it; each time it is
 * shown to staff, the read is written to the personal-data access log against the parent, as for a case.
 */
@Component
public class BundleViews {

    private final PersonalDataProtector personalData;
    private final JsonMapper json;
    private final Clock time;
    private final PersonalDataAccessLog accessLog;

    BundleViews(PersonalDataProtector personalData, JsonMapper json, Clock time, PersonalDataAccessLog accessLog) {
        this.personalData = personalData;
        this.json = json;
        this.time = time;
        this.accessLog = accessLog;
    }

    public record BundleCaseView(UUID id, String number, String status, BundleRef bundle, String applicantType,
                                 String applicantName, String channel, Office acceptingHall, Instant submittedAt,
                                 Instant closedAt, String closeReason, BundleResult result, List<Child> children,
                                 Map<String, String> form, Deadline deadline,
                                 List<PersonalDataAccessLog.Entry> personalDataAccess) {
    }

    /**
     * The bundle's promised date (一件事 承诺时限), from the submission in working days.
     *
     * @param colour  GREEN / YELLOW / RED as for a case, while the application is in progress; otherwise null
     * @param kept    once the application has concluded: whether its last child ended before the promised date
     *                (null while in progress and for a withdrawn application)
     */
    public record Deadline(int promisedLimitDays, Instant promisedDueAt, DeadlineColour colour, Boolean kept) {
    }

    public record BundleRef(UUID id, String name, int version, String leadDepartment) {
    }

    public record Office(String regionCode, String orgCode) {
    }

    public record Child(UUID caseId, String number, String itemCode, String itemName, String department,
                        Office decidingBody, String status, String outcome) {
    }

    /**
     * The application as this caller may see it. When it shows staff the form decrypted, the read is written to the
     * access log in the caller's transaction (the applicant's own reads write nothing); the applicant sees the entries.
     *
     * @param purpose why the view is read, for the log ({@link PersonalDataAccessLog#CASE_VIEW},
     *                {@link PersonalDataAccessLog#CASE_HANDLING}); null for the answer to the filing itself, which
     *                shows the caller only what they have just sent
     */
    BundleCaseView view(BundleCase bundleCase, Actor actor, String purpose) {
        BundleCaseState s = bundleCase.state();
        boolean owner = owner(actor, s);
        boolean handling = owner || handles(actor, s);
        Map<String, String> form = handling && s.formEncrypted() != null
                ? json.readValue(personalData.decrypt(s.formEncrypted()), new TypeReference<Map<String, String>>() {
                })
                : null;
        if (form != null && !owner && purpose != null) {
            accessLog.recordBundle(s.id(), actor, purpose, List.of("form"), time.instant());
        }
        return new BundleCaseView(s.id(), s.number(), s.status().name(),
                new BundleRef(s.bundleId(), s.bundleName(), s.bundleVersion(), s.leadDepartment()), s.applicantType(),
                handling ? s.applicantName() : PersonalDataKind.NAME.mask(s.applicantName()), s.channel(),
                new Office(s.acceptingRegionCode(), s.acceptingOrgCode()), s.submittedAt(), s.closedAt(),
                s.closeReason(), s.result(), s.children().stream().map(BundleViews::child).toList(), form,
                deadline(s), owner ? accessLog.ofBundle(s.id()) : null);
    }

    private Deadline deadline(BundleCaseState s) {
        BundlePromise promise = s.promise();
        if (promise == null) {
            return null;
        }
        boolean open = s.status() == BundleCaseStatus.IN_PROGRESS;
        return new Deadline(promise.workingDays(), promise.dueAt(), open ? promise.colourAt(time.instant()) : null,
                s.status() == BundleCaseStatus.CONCLUDED && s.closedAt() != null ? promise.keptAt(s.closedAt()) : null);
    }

    static boolean visible(Actor actor, BundleCaseState s) {
        if (actor.isHolder()) {
            return owner(actor, s);
        }
        if (actor.hasAnyRole(Roles.SUPERVISOR, Roles.PARTNER_SYSTEM) && actor.coversRegion(s.acceptingRegionCode())) {
            return true;
        }
        if (actor.hasRole(Roles.SUPERVISOR)
                && s.children().stream().anyMatch(child -> actor.coversRegion(child.decidingRegionCode()))) {
            return true;
        }
        return actor.hasAnyRole(Roles.WINDOW_CLERK, Roles.APPROVER, Roles.DEPT_ADMIN) && handles(actor, s);
    }

    /** The applicant, or a clerk of the accepting hall acting for them. */
    static boolean mayActForApplicant(Actor actor, BundleCaseState s) {
        return owner(actor, s) || (actor.hasRole(Roles.WINDOW_CLERK)
                && inScope(actor, s.acceptingRegionCode(), s.acceptingOrgCode()));
    }

    private static boolean owner(Actor actor, BundleCaseState s) {
        return actor.isHolder() && actor.owns(s.applicantIdHash());
    }

    private static boolean handles(Actor actor, BundleCaseState s) {
        return actor.isStaff() && (inScope(actor, s.acceptingRegionCode(), s.acceptingOrgCode())
                || s.children().stream().anyMatch(child -> inScope(actor, child.decidingRegionCode(), child.decidingOrgCode())));
    }

    private static boolean inScope(Actor actor, String region, String org) {
        return actor.coversRegion(region) && org.equals(actor.orgCode());
    }

    private static Child child(ChildCase c) {
        return new Child(c.caseId(), c.number(), c.itemCode(), c.itemName(), c.department(),
                new Office(c.decidingRegionCode(), c.decidingOrgCode()), c.status(), c.outcome());
    }
}
