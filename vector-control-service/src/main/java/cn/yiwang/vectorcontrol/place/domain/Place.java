package cn.yiwang.vectorcontrol.place.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A place a responsible unit keeps free of vectors: its type decides the supervising department
 * (Art. 5) unless the 爱卫办 assigns another one for a stated reason (a hotel inside a railway
 * station, say); a key place must name a responsible person and install prevention facilities.
 */
@Table("place")
public class Place {

    @Id
    private final UUID id;
    private final String unitCreditCode;
    private final String unitName;
    private final String name;
    private final PlaceType placeType;
    private final String address;
    private final String regionCode;
    private final String responsiblePerson;
    private final String responsiblePhone;
    /** Stored as a comma-separated list: facilities are read and written with the place, never queried alone. */
    private final String facilities;
    private Department supervisingDepartment;
    private String departmentOverrideReason;
    private final Instant registeredAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Place(UUID id, String unitCreditCode, String unitName, String name, PlaceType placeType, String address,
          String regionCode, String responsiblePerson, String responsiblePhone, String facilities,
          Department supervisingDepartment, String departmentOverrideReason, Instant registeredAt, Integer version) {
        this.id = id;
        this.unitCreditCode = unitCreditCode;
        this.unitName = unitName;
        this.name = name;
        this.placeType = placeType;
        this.address = address;
        this.regionCode = regionCode;
        this.responsiblePerson = responsiblePerson;
        this.responsiblePhone = responsiblePhone;
        this.facilities = facilities;
        this.supervisingDepartment = supervisingDepartment;
        this.departmentOverrideReason = departmentOverrideReason;
        this.registeredAt = registeredAt;
        this.version = version;
    }

    /** Registers a place supervised by the department its type maps to; refuses a key place without person or facilities. */
    public static Place register(NewPlace place, SupervisionMapping mapping, Instant now) {
        List<String> missing = missingForKeyPlace(place.placeType(), place.responsiblePerson(), place.facilities());
        if (!missing.isEmpty()) {
            throw new KeyPlaceIncompleteException(missing);
        }
        return new Place(UUID.randomUUID(), place.unitCreditCode(), place.unitName(), place.name(), place.placeType(),
                place.address(), place.regionCode(), place.responsiblePerson(), place.responsiblePhone(),
                join(place.facilities()), mapping.departmentFor(place.placeType()), null, now, null);
    }

    /** What a key place lacks of the regulation's duties: a responsible person, prevention facilities. */
    public static List<String> missingForKeyPlace(PlaceType type, String responsiblePerson, Set<Facility> facilities) {
        List<String> missing = new ArrayList<>();
        if (type.keyPlace()) {
            if (responsiblePerson == null || responsiblePerson.isBlank()) {
                missing.add("responsiblePerson");
            }
            if (facilities == null || facilities.isEmpty()) {
                missing.add("facilities");
            }
        }
        return missing;
    }

    /** The 爱卫办 assigns another supervising department; the reason is kept with the place. */
    public void assignDepartment(Department department, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override of the Art. 5 department needs a reason");
        }
        this.supervisingDepartment = department;
        this.departmentOverrideReason = reason;
    }

    /** Back to the department Art. 5 names for the place type. */
    public void restoreDepartment(SupervisionMapping mapping) {
        this.supervisingDepartment = mapping.departmentFor(placeType);
        this.departmentOverrideReason = null;
    }

    public boolean departmentOverridden() {
        return departmentOverrideReason != null;
    }

    public Set<Facility> facilities() {
        if (facilities == null || facilities.isBlank()) {
            return EnumSet.noneOf(Facility.class);
        }
        return Arrays.stream(facilities.split(",")).map(Facility::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Facility.class)));
    }

    private static String join(Set<Facility> facilities) {
        return facilities == null ? "" : facilities.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public UUID id() {
        return id;
    }

    public String unitCreditCode() {
        return unitCreditCode;
    }

    public String unitName() {
        return unitName;
    }

    public String name() {
        return name;
    }

    public PlaceType placeType() {
        return placeType;
    }

    public String address() {
        return address;
    }

    public String regionCode() {
        return regionCode;
    }

    public String responsiblePerson() {
        return responsiblePerson;
    }

    public String responsiblePhone() {
        return responsiblePhone;
    }

    public Department supervisingDepartment() {
        return supervisingDepartment;
    }

    public String departmentOverrideReason() {
        return departmentOverrideReason;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** What registering a place needs. */
    public record NewPlace(String unitCreditCode, String unitName, String name, PlaceType placeType, String address,
                           String regionCode, String responsiblePerson, String responsiblePhone,
                           Set<Facility> facilities) {
    }

    public static class KeyPlaceIncompleteException extends RuntimeException {
        private final transient List<String> missing;

        public KeyPlaceIncompleteException(List<String> missing) {
            super("a key place needs " + missing);
            this.missing = List.copyOf(missing);
        }

        public List<String> missing() {
            return missing;
        }
    }
}
