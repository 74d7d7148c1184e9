package cn.yiwang.vectorcontrol.place;

import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.vectorcontrol.place.domain.BreedingSite;
import cn.yiwang.vectorcontrol.place.domain.BreedingSiteRepository;
import cn.yiwang.vectorcontrol.place.domain.BreedingSiteType;
import cn.yiwang.vectorcontrol.place.domain.Department;
import cn.yiwang.vectorcontrol.place.domain.DepartmentOffice;
import cn.yiwang.vectorcontrol.place.domain.DepartmentOfficeRepository;
import cn.yiwang.vectorcontrol.place.domain.Place;
import cn.yiwang.vectorcontrol.place.domain.PlaceRepository;
import cn.yiwang.vectorcontrol.place.domain.SupervisionMapping;
import cn.yiwang.vectorcontrol.support.Labels;
import cn.yiwang.vectorcontrol.support.WorkingDayDeadlines;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Use cases of places, supervising departments and breeding sites. */
@Service
public class PlaceCommands {

    private final PlaceRepository places;
    private final DepartmentOfficeRepository offices;
    private final BreedingSiteRepository sites;
    private final SupervisionMapping mapping;
    private final PlaceAccess access;
    private final Labels labels;
    private final Clock clock;
    private final WorkingDayDeadlines deadlines;
    private final ObjectProvider<PersonalDataProtector> protector;

    PlaceCommands(PlaceRepository places, DepartmentOfficeRepository offices, BreedingSiteRepository sites,
                  SupervisionMapping mapping, PlaceAccess access, Labels labels, Clock clock,
                  ObjectProvider<PersonalDataProtector> protector, WorkingDayDeadlines deadlines) {
        this.deadlines = deadlines;
        this.protector = protector;
        this.places = places;
        this.offices = offices;
        this.sites = sites;
        this.mapping = mapping;
        this.access = access;
        this.labels = labels;
        this.clock = clock;
    }

    /** The 爱卫办 registers a department's office so its inspectors see the places of its domain. */
    @Transactional
    public void registerOffice(Actor actor, String orgCode, String name, Department department, String regionCode) {
        access.requireOfficeOf(actor, regionCode);
        offices.findById(orgCode).ifPresent(existing -> offices.delete(existing));
        offices.save(DepartmentOffice.of(orgCode, name, department, regionCode));
    }

    @Transactional
    public PlaceView register(Actor actor, Place.NewPlace place) {
        access.requireOfficeOf(actor, place.regionCode());
        // The phone is personal data: only its ciphertext reaches the database.
        Place.NewPlace stored = place.responsiblePhone() == null ? place : new Place.NewPlace(place.unitCreditCode(),
                place.unitName(), place.name(), place.placeType(), place.address(), place.regionCode(),
                place.responsiblePerson(), protector.getObject().encrypt(place.responsiblePhone()), place.facilities());
        try {
            return PlaceView.of(places.save(Place.register(stored, mapping, clock.instant())), true, protector.getObject());
        } catch (Place.KeyPlaceIncompleteException e) {
            throw ProblemException.unprocessable(e.missing().stream()
                    .map(field -> new Violation(field, "key-place-" + field + "-required",
                            labels.message("violation.key-place-" + field + "-required")))
                    .toList());
        }
    }

    /** Assigns another department with a reason, or with {@code department} null restores Art. 5. */
    @Transactional
    public PlaceView assignDepartment(Actor actor, UUID placeId, Department department, String reason) {
        Place place = loadPlace(placeId);
        access.requireOfficeOf(actor, place.regionCode());
        if (department == null) {
            place.restoreDepartment(mapping);
        } else {
            if (reason == null || reason.isBlank()) {
                throw ProblemException.unprocessable(List.of(new Violation("reason", "override-reason-required",
                        labels.message("violation.override-reason-required"))));
            }
            place.assignDepartment(department, reason);
        }
        return PlaceView.of(places.save(place), true, protector.getObject());
    }

    /** The CDC, an inspector or the 爱卫办 records a breeding site found in their region (Art. 16). */
    @Transactional
    public BreedingSiteView reportSite(Actor actor, String regionCode, UUID placeId, BreedingSiteType type,
                                       String location, LocalDate foundOn, LocalDate deadlineDate, Integer workingDays) {
        LocalDate deadline = deadlines.resolve("deadline", deadlineDate, workingDays, foundOn);
        if (deadline == null) {
            throw ProblemException.unprocessable(List.of(new Violation("deadline", "deadline-required",
                    labels.message("violation.deadline-required"))));
        }
        if (!actor.hasAnyRole(Roles.CDC_MONITOR, Roles.INSPECTOR, Roles.AIWEI_OFFICER)) {
            throw ProblemException.forbidden("place.forbidden.not-finder");
        }
        actor.requireRegion(regionCode);
        if (deadline.isBefore(foundOn)) {
            throw ProblemException.unprocessable(List.of(new Violation("deadline", "deadline-before-found",
                    labels.message("violation.deadline-before-found"))));
        }
        if (placeId != null) {
            Place place = loadPlace(placeId);
            if (!place.regionCode().equals(regionCode)) {
                throw ProblemException.unprocessable(List.of(new Violation("placeId", "place-in-other-region",
                        labels.message("violation.place-in-other-region"))));
            }
        }
        String role = actor.hasRole(Roles.CDC_MONITOR) ? Roles.CDC_MONITOR
                : actor.hasRole(Roles.INSPECTOR) ? Roles.INSPECTOR : Roles.AIWEI_OFFICER;
        BreedingSite site = BreedingSite.found(regionCode, placeId, type, location, actor.subject(), role, foundOn, deadline);
        return BreedingSiteView.of(sites.save(site), today());
    }

    @Transactional
    public BreedingSiteView reportRemediated(Actor actor, UUID siteId, String note) {
        BreedingSite site = loadSite(siteId);
        requireSiteKeeper(actor, site);
        try {
            site.reportRemediated(note);
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("place.site.not-open", siteId);
        }
        return BreedingSiteView.of(sites.save(site), today());
    }

    @Transactional
    public BreedingSiteView recheck(Actor actor, UUID siteId, boolean cleared, LocalDate newDeadlineDate,
                                    Integer workingDays) {
        BreedingSite site = loadSite(siteId);
        requireSiteKeeper(actor, site);
        LocalDate today = today();
        LocalDate newDeadline = deadlines.resolve("newDeadline", newDeadlineDate, workingDays, today);
        if (!cleared && (newDeadline == null || newDeadline.isBefore(today))) {
            throw ProblemException.unprocessable(List.of(new Violation("newDeadline", "new-deadline-required",
                    labels.message("violation.new-deadline-required"))));
        }
        try {
            site.recheck(cleared, actor.subject(), today, newDeadline);
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("place.site.closed", siteId);
        }
        return BreedingSiteView.of(sites.save(site), today);
    }

    private void requireSiteKeeper(Actor actor, BreedingSite site) {
        if (!actor.hasAnyRole(Roles.AIWEI_OFFICER, Roles.INSPECTOR)) {
            throw ProblemException.forbidden("place.forbidden.not-rechecker");
        }
        actor.requireRegion(site.regionCode());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Place loadPlace(UUID id) {
        return places.findById(id).orElseThrow(() -> ProblemException.notFound(labels.message("place.place"), id));
    }

    private BreedingSite loadSite(UUID id) {
        return sites.findById(id).orElseThrow(() -> ProblemException.notFound(labels.message("place.site"), id));
    }
}
