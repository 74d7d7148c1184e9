package cn.yiwang.cases.item.messaging;

import cn.yiwang.cases.item.PublishedItem;
import cn.yiwang.cases.material.MaterialRequirement;
import cn.yiwang.common.calendar.TimeLimit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Locale;

/**
 * case-service's own reader of catalog-service's {@code item.published} payload (topic
 * {@code catalog.item.v1}, type {@code yiwang.item.published.v1}) and of its item-by-code REST
 * answer: only the fields a case needs, unknown fields ignored (ARCHITECTURE.md: consumers own
 * their copy of an event's fields). The example it is tested against lives in
 * {@code src/test/resources/contracts/catalog/item-published.json}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemPublishedV1(String implementationCode, String name, Integer version, String regionCode,
                              String implementingBodyCode, Limit legalLimit, Limit promisedLimit, String caseKind,
                              Boolean jointHandling, String resultCertificateType, List<MaterialV1> materials) {

    public static final String TOPIC = "catalog.item.v1";
    public static final String TYPE = "yiwang.item.published.v1";

    /** @param unit {@code WORKING_DAYS}, {@code NATURAL_DAYS} or {@code HOURS} */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Limit(Integer amount, String unit) {

        TimeLimit toTimeLimit() {
            return new TimeLimit(amount, TimeLimit.Unit.valueOf(unit.toUpperCase(Locale.ROOT)));
        }
    }

    /** @param certificateType e-certificate type that may replace the material (免证办), or null */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MaterialV1(String code, String name, Boolean required, String certificateType,
                             Boolean commitmentAllowed, Boolean gapAllowed) {
    }

    /** The read model's item, or an exception naming what is missing: a half-read item must not file cases. */
    public PublishedItem toItem() {
        if (version == null || legalLimit == null || promisedLimit == null || caseKind == null) {
            throw new IllegalArgumentException("item.published " + implementationCode + " lacks version, limits or case kind");
        }
        List<MaterialRequirement> requirements = materials == null ? List.of() : materials.stream()
                .map(material -> new MaterialRequirement(material.code(), material.name(),
                        Boolean.TRUE.equals(material.required()), blankToNull(material.certificateType()),
                        Boolean.TRUE.equals(material.commitmentAllowed()), Boolean.TRUE.equals(material.gapAllowed())))
                .toList();
        return new PublishedItem(implementationCode, name, version, regionCode, implementingBodyCode,
                legalLimit.toTimeLimit(), promisedLimit.toTimeLimit(), "IMMEDIATE".equalsIgnoreCase(caseKind),
                Boolean.TRUE.equals(jointHandling), blankToNull(resultCertificateType), requirements);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
