package cn.yiwang.vectorcontrol.place;

import cn.yiwang.vectorcontrol.place.domain.BreedingSite;
import cn.yiwang.vectorcontrol.place.domain.BreedingSiteStatus;
import cn.yiwang.vectorcontrol.place.domain.BreedingSiteType;

import java.time.LocalDate;
import java.util.UUID;

/** A breeding site as the API shows it, with whether it is overdue today. */
public record BreedingSiteView(UUID id, String regionCode, UUID placeId, BreedingSiteType siteType, String location,
                               String foundBy, String foundByRole, LocalDate foundOn, LocalDate deadline,
                               BreedingSiteStatus status, boolean overdue, String remediationNote,
                               LocalDate lastRecheckOn) {

    static BreedingSiteView of(BreedingSite site, LocalDate today) {
        return new BreedingSiteView(site.id(), site.regionCode(), site.placeId(), site.siteType(), site.location(),
                site.foundBy(), site.foundByRole(), site.foundOn(), site.deadline(), site.status(), site.overdueOn(today),
                site.remediationNote(), site.lastRecheckOn());
    }
}
