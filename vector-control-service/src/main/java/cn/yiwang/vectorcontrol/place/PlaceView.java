package cn.yiwang.vectorcontrol.place;

import cn.yiwang.common.personaldata.PersonalDataKind;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.vectorcontrol.place.domain.Department;
import cn.yiwang.vectorcontrol.place.domain.Facility;
import cn.yiwang.vectorcontrol.place.domain.Place;
import cn.yiwang.vectorcontrol.place.domain.PlaceType;

import java.util.Set;
import java.util.UUID;

/**
 * A place as the API shows it. The responsible person's phone is stored encrypted and shown in
 * full only to the 爱卫办, masked to everyone else.
 */
public record PlaceView(UUID id, String unitCreditCode, String unitName, String name, PlaceType placeType,
                        String address, String regionCode, String responsiblePerson, String responsiblePhone,
                        Set<Facility> facilities, Department supervisingDepartment, boolean departmentOverridden,
                        String departmentOverrideReason) {

    static PlaceView of(Place place, boolean contactDetails, PersonalDataProtector protector) {
        String phone = place.responsiblePhone() == null ? null
                : protector.reveal(PersonalDataKind.PHONE, place.responsiblePhone(), contactDetails);
        return new PlaceView(place.id(), place.unitCreditCode(), place.unitName(), place.name(), place.placeType(),
                place.address(), place.regionCode(), place.responsiblePerson(), phone, place.facilities(),
                place.supervisingDepartment(), place.departmentOverridden(), place.departmentOverrideReason());
    }
}
