package cn.yiwang.vectorcontrol.place.web;

import cn.yiwang.common.identifier.CreditCode;
import cn.yiwang.vectorcontrol.place.domain.BreedingSiteType;
import cn.yiwang.vectorcontrol.place.domain.Department;
import cn.yiwang.vectorcontrol.place.domain.Facility;
import cn.yiwang.vectorcontrol.place.domain.Place;
import cn.yiwang.vectorcontrol.place.domain.PlaceType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

final class PlaceRequests {

    private PlaceRequests() {
    }

    record RegisterOfficeRequest(@NotNull @CreditCode String orgCode, @NotBlank @Size(max = 200) String name,
                                 @NotNull Department department, @NotNull @Pattern(regexp = "\\d{6}|\\d{12}") String regionCode) {
    }

    /** The unit's credit code is checked against GB 32100 (check character included): a new registration. */
    record RegisterPlaceRequest(@NotNull @CreditCode String unitCreditCode, @NotBlank @Size(max = 200) String unitName,
                                @NotBlank @Size(max = 200) String name, @NotNull PlaceType placeType,
                                @NotBlank @Size(max = 300) String address,
                                @NotNull @Pattern(regexp = "\\d{6}|\\d{12}") String regionCode,
                                @Size(max = 100) String responsiblePerson,
                                @Pattern(regexp = "[0-9+\\- ]{5,20}") String responsiblePhone,
                                Set<Facility> facilities) {

        Place.NewPlace toNewPlace() {
            return new Place.NewPlace(unitCreditCode, unitName, name, placeType, address, regionCode, responsiblePerson,
                    responsiblePhone, facilities == null ? Set.of() : facilities);
        }
    }

    record AssignDepartmentRequest(Department department, @Size(max = 300) String reason) {
    }

    record ReportSiteRequest(@NotNull @Pattern(regexp = "\\d{6}|\\d{12}") String regionCode, UUID placeId,
                             @NotNull BreedingSiteType siteType, @NotBlank @Size(max = 300) String location,
                             @NotNull LocalDate foundOn, LocalDate deadline, Integer deadlineWorkingDays) {
    }

    record RemediationRequest(@Size(max = 500) String note) {
    }

    record RecheckRequest(boolean cleared, LocalDate newDeadline, Integer newDeadlineWorkingDays) {
    }
}
