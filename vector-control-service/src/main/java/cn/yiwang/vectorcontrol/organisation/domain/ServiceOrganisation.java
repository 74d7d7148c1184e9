package cn.yiwang.vectorcontrol.organisation.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A registered pest-control service organisation (Art. 25). It declares the conditions it meets;
 * the count of trained technicians comes from its technicians' records. It is on the public list
 * only while every condition is met.
 */
@Table("service_organisation")
public class ServiceOrganisation {

    @Id
    private final UUID id;
    private final String creditCode;
    private String name;
    private String regionCode;
    private String address;
    private String contactPhone;
    private boolean qualification;
    private boolean procedures;
    private boolean premisesAndStores;
    private boolean pricing;
    private final Instant registeredAt;
    @Version
    private Integer version;

    @PersistenceCreator
    ServiceOrganisation(UUID id, String creditCode, String name, String regionCode, String address, String contactPhone,
                        boolean qualification, boolean procedures, boolean premisesAndStores, boolean pricing,
                        Instant registeredAt, Integer version) {
        this.id = id;
        this.creditCode = creditCode;
        this.name = name;
        this.regionCode = regionCode;
        this.address = address;
        this.contactPhone = contactPhone;
        this.qualification = qualification;
        this.procedures = procedures;
        this.premisesAndStores = premisesAndStores;
        this.pricing = pricing;
        this.registeredAt = registeredAt;
        this.version = version;
    }

    public static ServiceOrganisation register(String creditCode, String name, String regionCode, String address,
                                               String contactPhone, Set<Art25Condition> declared, Instant now) {
        ServiceOrganisation organisation = new ServiceOrganisation(UUID.randomUUID(), creditCode, name, regionCode,
                address, contactPhone, false, false, false, false, now, null);
        organisation.declare(declared);
        return organisation;
    }

    /** Replaces the declared conditions (a lapsed licence is withdrawn the same way). */
    public void declare(Set<Art25Condition> declared) {
        qualification = declared.contains(Art25Condition.QUALIFICATION);
        procedures = declared.contains(Art25Condition.PROCEDURES);
        premisesAndStores = declared.contains(Art25Condition.PREMISES_AND_STORES);
        pricing = declared.contains(Art25Condition.PRICING);
    }

    /**
     * The conditions not met, given how many technicians have a training record and how many the
     * rule asks for (local practice, configurable).
     */
    public Set<Art25Condition> unmetConditions(int trainedTechnicians, int requiredTrainedTechnicians) {
        Set<Art25Condition> unmet = EnumSet.noneOf(Art25Condition.class);
        if (!qualification) {
            unmet.add(Art25Condition.QUALIFICATION);
        }
        if (!procedures) {
            unmet.add(Art25Condition.PROCEDURES);
        }
        if (trainedTechnicians < requiredTrainedTechnicians) {
            unmet.add(Art25Condition.TRAINED_TECHNICIANS);
        }
        if (!premisesAndStores) {
            unmet.add(Art25Condition.PREMISES_AND_STORES);
        }
        if (!pricing) {
            unmet.add(Art25Condition.PRICING);
        }
        return unmet;
    }

    public boolean listable(int trainedTechnicians, int requiredTrainedTechnicians) {
        return unmetConditions(trainedTechnicians, requiredTrainedTechnicians).isEmpty();
    }

    public UUID id() {
        return id;
    }

    public String creditCode() {
        return creditCode;
    }

    public String name() {
        return name;
    }

    public String regionCode() {
        return regionCode;
    }

    public String address() {
        return address;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
