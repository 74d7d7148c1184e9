package cn.yiwang.vectorcontrol.organisation.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A service contract between an organisation and a responsible unit (Art. 29). */
@Table("service_contract")
public class ServiceContract {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final String unitCreditCode;
    private final String unitName;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final String pests;
    private final BigDecimal price;
    @Version
    private Integer version;

    @PersistenceCreator
    ServiceContract(UUID id, UUID organisationId, String unitCreditCode, String unitName, LocalDate startsOn,
                    LocalDate endsOn, String pests, BigDecimal price, Integer version) {
        this.id = id;
        this.organisationId = organisationId;
        this.unitCreditCode = unitCreditCode;
        this.unitName = unitName;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.pests = pests;
        this.price = price;
        this.version = version;
    }

    public static ServiceContract sign(UUID organisationId, String unitCreditCode, String unitName, LocalDate startsOn,
                                       LocalDate endsOn, List<String> pests, BigDecimal price) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a contract ends on or after it starts");
        }
        return new ServiceContract(UUID.randomUUID(), organisationId, unitCreditCode, unitName, startsOn, endsOn,
                String.join(",", pests), price, null);
    }

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String unitCreditCode() {
        return unitCreditCode;
    }

    public String unitName() {
        return unitName;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public List<String> pests() {
        return pests == null || pests.isBlank() ? List.of() : List.of(pests.split(","));
    }

    public BigDecimal price() {
        return price;
    }
}
