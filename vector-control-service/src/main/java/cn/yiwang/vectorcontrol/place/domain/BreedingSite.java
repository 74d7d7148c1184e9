package cn.yiwang.vectorcontrol.place.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A breeding site found by the CDC, an inspector or the 爱卫办 (Art. 16): it must be remediated
 * by a deadline, and only a re-check that finds it cleared closes it. A failed re-check reopens it
 * with a new deadline, so "reported remediated" never counts as remediated.
 */
@Table("breeding_site")
public class BreedingSite {

    @Id
    private final UUID id;
    private final String regionCode;
    private final UUID placeId;
    private final BreedingSiteType siteType;
    private final String location;
    private final String foundBy;
    private final String foundByRole;
    private final LocalDate foundOn;
    private LocalDate deadline;
    private BreedingSiteStatus status;
    private String remediationNote;
    private LocalDate lastRecheckOn;
    private String lastRecheckBy;
    @Version
    private Integer version;

    @PersistenceCreator
    BreedingSite(UUID id, String regionCode, UUID placeId, BreedingSiteType siteType, String location, String foundBy,
                 String foundByRole, LocalDate foundOn, LocalDate deadline, BreedingSiteStatus status,
                 String remediationNote, LocalDate lastRecheckOn, String lastRecheckBy, Integer version) {
        this.id = id;
        this.regionCode = regionCode;
        this.placeId = placeId;
        this.siteType = siteType;
        this.location = location;
        this.foundBy = foundBy;
        this.foundByRole = foundByRole;
        this.foundOn = foundOn;
        this.deadline = deadline;
        this.status = status;
        this.remediationNote = remediationNote;
        this.lastRecheckOn = lastRecheckOn;
        this.lastRecheckBy = lastRecheckBy;
        this.version = version;
    }

    public static BreedingSite found(String regionCode, UUID placeId, BreedingSiteType type, String location,
                                     String foundBy, String foundByRole, LocalDate foundOn, LocalDate deadline) {
        if (deadline.isBefore(foundOn)) {
            throw new IllegalArgumentException("a remediation deadline cannot lie before the day the site was found");
        }
        return new BreedingSite(UUID.randomUUID(), regionCode, placeId, type, location, foundBy, foundByRole, foundOn,
                deadline, BreedingSiteStatus.OPEN, null, null, null, null);
    }

    public void reportRemediated(String note) {
        if (status != BreedingSiteStatus.OPEN) {
            throw new IllegalStateException("only an open breeding site can be reported remediated, this one is " + status);
        }
        status = BreedingSiteStatus.REMEDIATION_REPORTED;
        remediationNote = note;
    }

    /**
     * Records a re-check. Cleared closes the site; not cleared reopens it with {@code newDeadline}.
     * A re-check before remediation was reported is allowed: a site may be found cleared on a visit.
     */
    public void recheck(boolean cleared, String by, LocalDate on, LocalDate newDeadline) {
        if (status == BreedingSiteStatus.CLOSED) {
            throw new IllegalStateException("breeding site " + id + " is closed");
        }
        lastRecheckOn = on;
        lastRecheckBy = by;
        if (cleared) {
            status = BreedingSiteStatus.CLOSED;
            return;
        }
        if (newDeadline == null || newDeadline.isBefore(on)) {
            throw new IllegalArgumentException("a site not cleared needs a new deadline on or after the re-check");
        }
        status = BreedingSiteStatus.OPEN;
        deadline = newDeadline;
    }

    /** Not closed after its deadline day has passed. */
    public boolean overdueOn(LocalDate today) {
        return status != BreedingSiteStatus.CLOSED && today.isAfter(deadline);
    }

    public UUID id() {
        return id;
    }

    public String regionCode() {
        return regionCode;
    }

    public UUID placeId() {
        return placeId;
    }

    public BreedingSiteType siteType() {
        return siteType;
    }

    public String location() {
        return location;
    }

    public String foundBy() {
        return foundBy;
    }

    public String foundByRole() {
        return foundByRole;
    }

    public LocalDate foundOn() {
        return foundOn;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public BreedingSiteStatus status() {
        return status;
    }

    public String remediationNote() {
        return remediationNote;
    }

    public LocalDate lastRecheckOn() {
        return lastRecheckOn;
    }
}
