package cn.yiwang.vectorcontrol.place;

import cn.yiwang.common.personaldata.Masking;
import cn.yiwang.vectorcontrol.place.domain.Department;
import cn.yiwang.vectorcontrol.place.domain.Facility;
import cn.yiwang.vectorcontrol.place.domain.Place;
import cn.yiwang.vectorcontrol.place.domain.PlaceType;

import java.util.Set;
import java.util.UUID;

/** A place as the API shows it; the responsible person's phone is masked for all but the 爱卫办. */
public record PlaceView(UUID id, String unitCreditCode, String unitName, String name, PlaceType placeType,
                        String address, String regionCode, String responsiblePerson, String responsiblePhone,
                        Set<Facility> facilities, Department supervisingDepartment, boolean departmentOverridden,
                        String departmentOverrideReason) {

    static PlaceView of(Place place, boolean contactDetails) {
        String phone = place.responsiblePhone() == null || contactDetails ? place.responsiblePhone()
                : Masking.phone(place.responsiblePhone());
        return new PlaceView(place.id(), place.unitCreditCode(), place.unitName(), place.name(), place.placeType(),
                place.address(), place.regionCode(), place.responsiblePerson(), phone, place.facilities(),
                place.supervisingDepartment(), place.departmentOverridden(), place.departmentOverrideReason());
    }
}
