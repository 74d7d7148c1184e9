package cn.yiwang.cases.item.messaging;

import cn.yiwang.cases.item.PublishedItem;
import cn.yiwang.cases.material.MaterialRequirement;
import cn.yiwang.common.calendar.TimeLimit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Locale;

/**
 * case-service's reader of catalog-service's published service guide as catalog-service actually
 * sends it: the {@code guide} of its {@code item.published} event and the body of its
 * {@code GET /api/v1/catalog/public/items/{code}} (catalog's {@code ServiceGuide}: identity at the top,
 * guide elements under {@code guide}, limits as {@code {value, unit: WORKING_DAY}}, materials by
 * {@code key}). Only what a case needs; unknown fields ignored. Example (a copy of catalog-service's
 * contract): {@code src/test/resources/contracts/catalog/item.published.json}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogGuideV1(String code, String name, Integer version, String regionCode, String bodyCreditCode,
                             Elements guide) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Elements(String caseKind, Limit legalLimit, Limit promisedLimit, List<MaterialV1> materials,
                           Result result) {
    }

    /** @param unit {@code WORKING_DAY} or {@code NATURAL_DAY} (or the standard's codes 1 and 2) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Limit(Integer value, String unit) {

        TimeLimit toTimeLimit() {
            String normalised = unit == null ? "WORKING_DAY" : unit.toUpperCase(Locale.ROOT);
            TimeLimit.Unit converted = switch (normalised) {
                case "WORKING_DAY", "WORKING_DAYS", "1" -> TimeLimit.Unit.WORKING_DAYS;
                case "NATURAL_DAY", "NATURAL_DAYS", "2" -> TimeLimit.Unit.NATURAL_DAYS;
                default -> throw new IllegalArgumentException("unknown time limit unit " + unit);
            };
            return new TimeLimit(value, converted);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MaterialV1(String key, String name, Boolean required, String certificateType,
                             Boolean commitmentAllowed, Boolean acceptWithGapsAllowed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(String name, String certificateType) {
    }

    /** The read model's item, or an exception naming what is missing: a half-read item must not file cases. */
    public PublishedItem toItem() {
        if (code == null || version == null || guide == null || guide.legalLimit() == null
                || guide.legalLimit().value() == null || guide.promisedLimit() == null
                || guide.promisedLimit().value() == null || guide.caseKind() == null) {
            throw new IllegalArgumentException("service guide " + code + " lacks version, limits or case kind");
        }
        List<MaterialRequirement> requirements = guide.materials() == null ? List.of() : guide.materials().stream()
                .map(material -> new MaterialRequirement(material.key(), material.name(),
                        Boolean.TRUE.equals(material.required()), blankToNull(material.certificateType()),
                        Boolean.TRUE.equals(material.commitmentAllowed()),
                        Boolean.TRUE.equals(material.acceptWithGapsAllowed())))
                .toList();
        // catalog-service's guide has no joint-handling element yet: the 45 + 15 days of joint handling are not
        // offered to cases of items read this way (see the README).
        return new PublishedItem(code, name, version, regionCode, bodyCreditCode, guide.legalLimit().toTimeLimit(),
                guide.promisedLimit().toTimeLimit(), "IMMEDIATE".equalsIgnoreCase(guide.caseKind()) || "1".equals(guide.caseKind()),
                false, guide.result() == null ? null : blankToNull(guide.result().certificateType()), requirements);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
