package cn.yiwang.vectorcontrol.organisation;

import cn.yiwang.vectorcontrol.organisation.domain.Art25Condition;
import cn.yiwang.vectorcontrol.organisation.domain.ServiceContract;
import cn.yiwang.vectorcontrol.organisation.domain.ServiceRecord;
import cn.yiwang.vectorcontrol.organisation.domain.Technician;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the organisation API answers with. */
public final class OrganisationViews {

    private OrganisationViews() {
    }

    /**
     * The organisation as it sees itself (and the 爱卫办): which Art. 25 conditions are still unmet,
     * and where the 爱卫办's verification stands (PENDING, VERIFIED, REJECTED with the reason).
     */
    public record OrganisationView(UUID id, String creditCode, String name, String regionCode, String address,
                                   String contactPhone, int trainedTechnicians, Set<Art25Condition> unmetConditions,
                                   boolean listed, String verification, String verificationNote, Instant verifiedAt) {
    }

    /** An entry of the public list: only what the public needs to choose a compliant company. */
    public record ListedOrganisation(String creditCode, String name, String regionCode, String address,
                                     String contactPhone, int trainedTechnicians) {
    }

    public record TechnicianView(UUID id, String name, String certificateNumber, List<TrainingView> trainings) {
        static TechnicianView of(Technician technician) {
            return new TechnicianView(technician.id(), technician.name(), technician.certificateNumber(),
                    technician.trainings().stream().sorted(java.util.Comparator.comparing(Technician.TrainingRecord::completedOn))
                            .map(training -> new TrainingView(training.course(), training.provider(), training.completedOn(),
                                    training.hours()))
                            .toList());
        }
    }

    public record TrainingView(String course, String provider, LocalDate completedOn, int hours) {
    }

    /** A product used on a service visit, as entered and as shown (Art. 29). */
    public record ProductLine(String productName, String registrationNumber, String activeIngredient, BigDecimal quantity,
                              String unit, BigDecimal price) {

        ServiceRecord.ProductUse toProductUse() {
            return new ServiceRecord.ProductUse(productName, registrationNumber, activeIngredient, quantity, unit, price);
        }

        static ProductLine of(ServiceRecord.ProductUse product) {
            return new ProductLine(product.productName(), product.registrationNumber(), product.activeIngredient(),
                    product.quantity(), product.unit(), product.price());
        }
    }

    public record ContractView(UUID id, String unitCreditCode, String unitName, LocalDate startsOn, LocalDate endsOn,
                               List<String> pests, BigDecimal price) {
        static ContractView of(ServiceContract contract) {
            return new ContractView(contract.id(), contract.unitCreditCode(), contract.unitName(), contract.startsOn(),
                    contract.endsOn(), contract.pests(), contract.price());
        }
    }

    public record ServiceRecordView(UUID id, UUID contractId, String unitCreditCode, String unitName,
                                    LocalDate serviceDate, List<String> pests, List<ProductLine> products,
                                    BigDecimal servicePrice, BigDecimal totalPrice) {
        static ServiceRecordView of(ServiceRecord record) {
            return new ServiceRecordView(record.id(), record.contractId(), record.unitCreditCode(), record.unitName(),
                    record.serviceDate(), record.pests(), record.products().stream().map(ProductLine::of).toList(),
                    record.servicePrice(), record.totalPrice());
        }
    }
}
