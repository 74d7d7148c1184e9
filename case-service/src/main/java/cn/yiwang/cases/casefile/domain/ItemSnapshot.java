package cn.yiwang.cases.casefile.domain;

import cn.yiwang.cases.material.MaterialRequirement;
import cn.yiwang.common.calendar.TimeLimit;

import java.util.List;
import java.util.Objects;

/**
 * The published item version the case was filed under, frozen into the case: a later version of
 * the guide never changes the rules an applicant applied under.
 *
 * @param implementationCode  31-character implementation code (实施编码)
 * @param name                item name
 * @param version             published version
 * @param deciding            implementing body and its region
 * @param legalLimit          法定时限
 * @param promisedLimit       承诺时限 (≤ the legal limit)
 * @param immediate           即办件: accepted and concluded in one step
 * @param jointHandling       handled jointly by several departments (45 + 15 working days)
 * @param resultCertificateType the e-certificate type an approval produces, or {@code null}
 * @param materials           the guide's materials
 */
public record ItemSnapshot(String implementationCode, String name, int version, Scope deciding,
                           TimeLimit legalLimit, TimeLimit promisedLimit, boolean immediate, boolean jointHandling,
                           String resultCertificateType, List<MaterialRequirement> materials) {

    public ItemSnapshot {
        Objects.requireNonNull(implementationCode, "implementationCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(deciding, "deciding");
        Objects.requireNonNull(legalLimit, "legalLimit");
        Objects.requireNonNull(promisedLimit, "promisedLimit");
        materials = List.copyOf(materials);
    }
}
