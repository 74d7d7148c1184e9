package cn.yiwang.vectorcontrol.place;

import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.vectorcontrol.place.domain.BreedingSiteRepository;
import cn.yiwang.vectorcontrol.place.domain.BreedingSiteStatus;
import cn.yiwang.vectorcontrol.place.domain.Department;
import cn.yiwang.vectorcontrol.place.domain.Place;
import cn.yiwang.vectorcontrol.place.domain.PlaceRepository;
import cn.yiwang.vectorcontrol.support.Labels;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

/** Read side of places and breeding sites, scoped by region and supervising domain. */
@Service
@Transactional(readOnly = true)
public class PlaceQueries {

    private final PlaceRepository places;
    private final BreedingSiteRepository sites;
    private final PlaceAccess access;
    private final Labels labels;
    private final Clock clock;
    private final ObjectProvider<PersonalDataProtector> protector;

    PlaceQueries(PlaceRepository places, BreedingSiteRepository sites, PlaceAccess access, Labels labels, Clock clock,
                 ObjectProvider<PersonalDataProtector> protector) {
        this.protector = protector;
        this.places = places;
        this.sites = sites;
        this.access = access;
        this.labels = labels;
        this.clock = clock;
    }

    public PlaceView place(Actor actor, UUID id) {
        Place place = places.findById(id).orElseThrow(() -> ProblemException.notFound(labels.message("place.place"), id));
        access.requireReaderOf(actor, place.regionCode(), place.supervisingDepartment());
        return PlaceView.of(place, access.seesContactDetails(actor), protector.getObject());
    }

    /** The 爱卫办 lists every place of the region; an inspector only those of their department's domain. */
    public Page<PlaceView> places(Actor actor, String regionCode, int page, int size) {
        String region = regionCode == null ? actor.regionCode() : regionCode;
        actor.requireRegion(region);
        String prefix = RegionCode.of(region).prefix() + "%";
        PageRequest request = PageRequest.of(page, size, Sort.by("name"));
        if (actor.hasRole(Roles.AIWEI_OFFICER)) {
            return places.findByRegionCodeLike(prefix, request).map(place -> PlaceView.of(place, true, protector.getObject()));
        }
        Optional<Department> department = access.departmentOf(actor);
        if (department.isEmpty()) {
            throw ProblemException.forbidden("place.forbidden.other-domain");
        }
        return places.findByRegionCodeLikeAndSupervisingDepartment(prefix, department.get(), request)
                .map(place -> PlaceView.of(place, false, protector.getObject()));
    }

    /** Breeding sites not yet closed in the region, earliest deadline first (dashboard). */
    public Page<BreedingSiteView> openSites(Actor actor, String regionCode, int page, int size) {
        if (!actor.hasAnyRole(Roles.AIWEI_OFFICER, Roles.INSPECTOR, Roles.CDC_MONITOR)) {
            throw ProblemException.forbidden("place.forbidden.not-finder");
        }
        String region = regionCode == null ? actor.regionCode() : regionCode;
        actor.requireRegion(region);
        LocalDate today = LocalDate.now(clock);
        return sites.findByRegionCodeLikeAndStatusIn(RegionCode.of(region).prefix() + "%",
                        EnumSet.of(BreedingSiteStatus.OPEN, BreedingSiteStatus.REMEDIATION_REPORTED),
                        PageRequest.of(page, size, Sort.by("deadline")))
                .map(site -> BreedingSiteView.of(site, today));
    }
}
