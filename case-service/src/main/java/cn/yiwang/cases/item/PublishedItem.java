package cn.yiwang.cases.item;

import cn.yiwang.cases.material.MaterialRequirement;
import cn.yiwang.common.calendar.TimeLimit;

import java.util.List;
import java.util.Objects;

/**
 * One published version of an implementation item, with only what a case needs.
 *
 * @param implementationCode     31-character implementation code
 * @param regionCode             region of the implementing body
 * @param implementingBodyCode   the implementing body's unified social credit code
 * @param immediate              case kind 1 (即办件, GB/T 39046 A.6) rather than 2 (承诺件)
 * @param jointHandling          handled jointly by several departments (Administrative Licensing Law §26)
 * @param resultCertificateType  e-certificate type of the result, or {@code null}
 */
public record PublishedItem(String implementationCode, String name, int version, String regionCode,
                            String implementingBodyCode, TimeLimit legalLimit, TimeLimit promisedLimit,
                            boolean immediate, boolean jointHandling, String resultCertificateType,
                            List<MaterialRequirement> materials) {

    public PublishedItem {
        Objects.requireNonNull(implementationCode, "implementationCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(implementingBodyCode, "implementingBodyCode");
        Objects.requireNonNull(legalLimit, "legalLimit");
        Objects.requireNonNull(promisedLimit, "promisedLimit");
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}
