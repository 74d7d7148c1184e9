package cn.yiwang.vectorcontrol.place;

import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.vectorcontrol.place.domain.Department;
import cn.yiwang.vectorcontrol.place.domain.DepartmentOffice;
import cn.yiwang.vectorcontrol.place.domain.DepartmentOfficeRepository;
import cn.yiwang.vectorcontrol.place.domain.Place;
import cn.yiwang.vectorcontrol.place.domain.PlaceRepository;
import cn.yiwang.vectorcontrol.place.domain.PlaceType;
import cn.yiwang.vectorcontrol.place.domain.SupervisionMapping;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * Who supervises a place (Art. 5), for other features: complaints are assigned to the supervising
 * department of the place they concern, at that department's office responsible for the region
 * (the most local registered office whose region covers it).
 */
@Service
@Transactional(readOnly = true)
public class PlaceSupervision {

    /** A supervising department and, when one is registered for the region, its office. */
    public record Supervisor(String department, String officeOrgCode, String officeName, UUID placeId) {
    }

    private final PlaceRepository places;
    private final DepartmentOfficeRepository offices;
    private final SupervisionMapping mapping;

    PlaceSupervision(PlaceRepository places, DepartmentOfficeRepository offices, SupervisionMapping mapping) {
        this.places = places;
        this.offices = offices;
        this.mapping = mapping;
    }

    /** The supervisor of the registered place at exactly this address in the region, if there is one. */
    public Optional<Supervisor> ofAddress(String regionCode, String address) {
        if (regionCode == null || address == null || address.isBlank()) {
            return Optional.empty();
        }
        return places.findByRegionCodeAndAddress(regionCode, address.strip()).stream().findFirst()
                .map(place -> supervisor(place.supervisingDepartment(), regionCode, place.id()));
    }

    /** The supervisor of a registered place (its department as overridden, if it was); empty for an unknown id. */
    public Optional<Supervisor> ofPlace(UUID placeId, String regionCode) {
        return places.findById(placeId).map(place -> supervisor(place.supervisingDepartment(), regionCode, place.id()));
    }

    /** The supervisor of a type of place by the Art. 5 mapping. */
    public Supervisor ofPlaceType(PlaceType type, String regionCode) {
        return supervisor(mapping.departmentFor(type), regionCode, null);
    }

    /** The department an inspector's organisation acts for, if it is a registered office. */
    public Optional<String> departmentOfOffice(String orgCode) {
        return orgCode == null ? Optional.empty() : offices.findById(orgCode).map(office -> office.department().name());
    }

    private Supervisor supervisor(Department department, String regionCode, UUID placeId) {
        Optional<DepartmentOffice> office = offices.findAll().stream()
                .filter(candidate -> candidate.department() == department)
                .filter(candidate -> RegionCode.isValid(candidate.regionCode())
                        && RegionCode.of(candidate.regionCode()).covers(regionCode))
                .max(Comparator.comparingInt(candidate -> RegionCode.of(candidate.regionCode()).prefix().length()));
        return new Supervisor(department.name(), office.map(DepartmentOffice::orgCode).orElse(null),
                office.map(DepartmentOffice::name).orElse(null), placeId);
    }
}
