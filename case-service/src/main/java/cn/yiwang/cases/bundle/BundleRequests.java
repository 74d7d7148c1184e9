package cn.yiwang.cases.bundle;

import cn.yiwang.cases.casefile.CaseRequests.Hall;
import cn.yiwang.cases.casefile.CaseRequests.MaterialInput;
import cn.yiwang.cases.casefile.domain.ApplicantType;
import cn.yiwang.cases.casefile.domain.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What callers send for a bundle application, checked with Bean Validation. */
public final class BundleRequests {

    private BundleRequests() {
    }

    /**
     * One application for every item of the bundle: one form (field key → value, as the bundle's
     * merged form names them) and one set of materials, each used by the items that need it.
     */
    public record Apply(@NotNull UUID bundleId, @NotNull ApplicantType applicantType,
                        @NotBlank @Size(max = 100) String applicantName,
                        @NotBlank @Size(max = 18) String applicantIdNumber, @Size(max = 20) String applicantPhone,
                        Channel channel, @Valid Hall acceptingHall,
                        @Size(max = 200) Map<@NotBlank @Size(max = 100) String, @Size(max = 2000) String> form,
                        @Size(max = 100) List<@Valid MaterialInput> materials) {
    }

    public record Withdraw(@Size(max = 500) String reason) {
    }
}
