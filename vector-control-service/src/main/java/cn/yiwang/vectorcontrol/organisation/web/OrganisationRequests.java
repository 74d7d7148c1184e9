package cn.yiwang.vectorcontrol.organisation.web;

import cn.yiwang.common.identifier.CreditCode;
import cn.yiwang.vectorcontrol.organisation.domain.Art25Condition;
import cn.yiwang.vectorcontrol.organisation.domain.Pest;
import cn.yiwang.vectorcontrol.organisation.OrganisationViews;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

final class OrganisationRequests {

    private OrganisationRequests() {
    }

    record RegisterRequest(@NotBlank @Size(max = 200) String name, @NotNull @Pattern(regexp = "\\d{6}|\\d{12}") String regionCode,
                           @NotBlank @Size(max = 300) String address, @Pattern(regexp = "[0-9+\\- ]{5,20}") String contactPhone,
                           @NotNull Set<Art25Condition> conditions) {
    }

    /** The 爱卫办's decision on the declared Art. 25 conditions; a rejection needs the reason. */
    record VerificationRequest(@NotNull Boolean verified, @Size(max = 1000) String reason) {
    }

    record DeclareRequest(@NotNull Set<Art25Condition> conditions) {
    }

    record TechnicianRequest(@NotBlank @Size(max = 100) String name, @Size(max = 60) String certificateNumber) {
    }

    record TrainingRequest(@NotBlank @Size(max = 200) String course, @NotBlank @Size(max = 200) String provider,
                           @NotNull LocalDate completedOn, @Positive int hours) {
    }

    record ContractRequest(@NotNull @CreditCode(lenient = true) String unitCreditCode, @NotBlank @Size(max = 200) String unitName,
                           @NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @NotEmpty Set<Pest> pests,
                           @DecimalMin("0") BigDecimal price) {
    }

    record ServiceRecordRequest(UUID contractId, @NotNull @CreditCode(lenient = true) String unitCreditCode,
                                @NotBlank @Size(max = 200) String unitName, @NotNull LocalDate serviceDate,
                                @NotEmpty Set<Pest> pests, @NotNull List<@Valid ProductRequest> products,
                                @DecimalMin("0") BigDecimal servicePrice) {
    }

    record ProductRequest(@NotBlank @Size(max = 200) String productName, @NotBlank @Size(max = 40) String registrationNumber,
                          @NotBlank @Size(max = 200) String activeIngredient, @NotNull @DecimalMin("0") BigDecimal quantity,
                          @NotBlank @Size(max = 20) String unit, @DecimalMin("0") BigDecimal price) {

        OrganisationViews.ProductLine toProductLine() {
            return new OrganisationViews.ProductLine(productName, registrationNumber.trim(), activeIngredient, quantity, unit,
                    price);
        }
    }
}
