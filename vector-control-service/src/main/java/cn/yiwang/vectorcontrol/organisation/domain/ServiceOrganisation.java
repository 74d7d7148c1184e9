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
 * the count of trained technicians comes from its technicians' records. A declaration is only the
 * company's word: the region's 爱卫办 checks the conditions and verifies (or rejects, with a reason)
 * before the public list shows the company, and every new declaration needs verifying again. It is
 * on the public list only while it is verified and every condition is met.
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
    private Verification verification;
    private String verifiedBy;
    private Instant verifiedAt;
    private String verificationNote;
    @Version
    private Integer version;

    @PersistenceCreator
    ServiceOrganisation(UUID id, String creditCode, String name, String regionCode, String address, String contactPhone,
                        boolean qualification, boolean procedures, boolean premisesAndStores, boolean pricing,
                        Instant registeredAt, Verification verification, String verifiedBy, Instant verifiedAt,
                        String verificationNote, Integer version) {
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
        this.verification = verification;
        this.verifiedBy = verifiedBy;
        this.verifiedAt = verifiedAt;
        this.verificationNote = verificationNote;
        this.version = version;
    }

    public static ServiceOrganisation register(String creditCode, String name, String regionCode, String address,
                                               String contactPhone, Set<Art25Condition> declared, Instant now) {
        ServiceOrganisation organisation = new ServiceOrganisation(UUID.randomUUID(), creditCode, name, regionCode,
                address, contactPhone, false, false, false, false, now, Verification.PENDING, null, null, null, null);
        organisation.declare(declared);
        return organisation;
    }

    /** Replaces the declared conditions (a lapsed licence is withdrawn the same way). */
    public void declare(Set<Art25Condition> declared) {
        verification = Verification.PENDING;
        verifiedBy = null;
        verifiedAt = null;
        verificationNote = null;
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
        return verification == Verification.VERIFIED
                && unmetConditions(trainedTechnicians, requiredTrainedTechnicians).isEmpty();
    }

    /**
     * The 爱卫办 has checked the declared conditions on site or on paper and confirms them. Only an
     * organisation that meets every condition as it stands can be verified.
     */
    public void verify(int trainedTechnicians, int requiredTrainedTechnicians, String note, String officer, Instant now) {
        if (!unmetConditions(trainedTechnicians, requiredTrainedTechnicians).isEmpty()) {
            throw new IllegalStateException("organisation " + id + " does not meet every Art. 25 condition");
        }
        decide(Verification.VERIFIED, note, officer, now);
    }

    /** The 爱卫办 found a declared condition not met; the reason tells the company what to put right. */
    public void reject(String reason, String officer, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        decide(Verification.REJECTED, reason, officer, now);
    }

    private void decide(Verification outcome, String note, String officer, Instant now) {
        verification = outcome;
        verificationNote = note;
        verifiedBy = officer;
        verifiedAt = now;
    }

    public Verification verification() {
        return verification;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public String verificationNote() {
        return verificationNote;
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
