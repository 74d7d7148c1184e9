package cn.yiwang.vectorcontrol.organisation.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A service visit as Art. 29 requires it to be recorded: date, unit, pests, the products used with
 * their registration numbers, quantity and price. A record naming a banned substance or an
 * unregistered product is never stored: {@link #check} refuses it first.
 */
@Table("service_record")
public class ServiceRecord {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID contractId;
    private final String unitCreditCode;
    private final String unitName;
    private final LocalDate serviceDate;
    private final String pests;
    @MappedCollection(idColumn = "service_record_id", keyColumn = "position")
    private final List<ProductUse> products;
    private final BigDecimal servicePrice;
    private final Instant recordedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    ServiceRecord(UUID id, UUID organisationId, UUID contractId, String unitCreditCode, String unitName,
                  LocalDate serviceDate, String pests, List<ProductUse> products, BigDecimal servicePrice,
                  Instant recordedAt, Integer version) {
        this.id = id;
        this.organisationId = organisationId;
        this.contractId = contractId;
        this.unitCreditCode = unitCreditCode;
        this.unitName = unitName;
        this.serviceDate = serviceDate;
        this.pests = pests;
        this.products = products == null ? List.of() : List.copyOf(products);
        this.servicePrice = servicePrice;
        this.recordedAt = recordedAt;
        this.version = version;
    }

    /** Every product problem, by position: a banned substance (Art. 26, 28) or no valid registration number. */
    public static List<ProductProblem> check(List<ProductUse> products, BannedProducts banned) {
        List<ProductProblem> problems = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            ProductUse product = products.get(i);
            int position = i;
            banned.bannedIn(product.productName(), product.activeIngredient())
                    .ifPresent(substance -> problems.add(new ProductProblem(position, ProductProblem.BANNED, substance.name(),
                            substance.basis())));
            if (!banned.registrationNumberAccepted(product.registrationNumber())) {
                problems.add(new ProductProblem(position, ProductProblem.UNREGISTERED, product.registrationNumber(), null));
            }
        }
        return problems;
    }

    public static ServiceRecord record(UUID organisationId, UUID contractId, String unitCreditCode, String unitName,
                                       LocalDate serviceDate, List<String> pests, List<ProductUse> products,
                                       BigDecimal servicePrice, BannedProducts banned, Instant now) {
        List<ProductProblem> problems = check(products, banned);
        if (!problems.isEmpty()) {
            throw new RefusedProductsException(problems);
        }
        return new ServiceRecord(UUID.randomUUID(), organisationId, contractId, unitCreditCode, unitName, serviceDate,
                String.join(",", pests), products, servicePrice, now, null);
    }

    /** The price of the service plus the products. */
    public BigDecimal totalPrice() {
        BigDecimal total = servicePrice == null ? BigDecimal.ZERO : servicePrice;
        for (ProductUse product : products) {
            total = total.add(product.price() == null ? BigDecimal.ZERO : product.price());
        }
        return total;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID contractId() {
        return contractId;
    }

    public String unitCreditCode() {
        return unitCreditCode;
    }

    public String unitName() {
        return unitName;
    }

    public LocalDate serviceDate() {
        return serviceDate;
    }

    public List<String> pests() {
        return pests == null || pests.isBlank() ? List.of() : List.of(pests.split(","));
    }

    public List<ProductUse> products() {
        return products;
    }

    public BigDecimal servicePrice() {
        return servicePrice;
    }

    @Table("product_use")
    public record ProductUse(String productName, String registrationNumber, String activeIngredient,
                             BigDecimal quantity, String unit, BigDecimal price) {
    }

    /** One refused product: its position, a stable code, and what was wrong (the substance, the number). */
    public record ProductProblem(int position, String code, String subject, String basis) {
        public static final String BANNED = "product-banned";
        public static final String UNREGISTERED = "product-unregistered";
    }

    public static class RefusedProductsException extends RuntimeException {
        private final transient List<ProductProblem> problems;

        public RefusedProductsException(List<ProductProblem> problems) {
            super("refused products: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<ProductProblem> problems() {
            return problems;
        }
    }
}
