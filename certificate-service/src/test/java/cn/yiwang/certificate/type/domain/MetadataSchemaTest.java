package cn.yiwang.certificate.type.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetadataSchemaTest {

    static final MetadataSchema DEGREE = new MetadataSchema(List.of(
            new FieldDefinition("name", "姓名", "Name", FieldKind.TEXT, true, 10, null, null),
            new FieldDefinition("degree", "学位", "Degree", FieldKind.CHOICE, true, null, null, List.of("学士", "硕士", "博士")),
            new FieldDefinition("awardedOn", "授予日期", "Awarded on", FieldKind.DATE, true, null, null, null),
            new FieldDefinition("credits", "学分", "Credits", FieldKind.NUMBER, false, null, null, null),
            new FieldDefinition("code", "代码", "Code", FieldKind.TEXT, false, null, "[0-9]{4}", null)));

    @Test
    void metadataThatMatchesTheTypeIsAccepted() {
        assertThat(DEGREE.validate(Metadata.of(Map.of("name", "张三", "degree", "硕士", "awardedOn", "2020-07-01")))).isEmpty();
    }

    @Test
    void eachBrokenFieldIsNamedWithWhatIsWrong() {
        List<MetadataError> errors = DEGREE.validate(Metadata.of(Map.of(
                "name", "一二三四五六七八九十十一", "degree", "院士", "awardedOn", "2020-13-01",
                "credits", "many", "code", "12a4", "hobby", "chess")));

        assertThat(errors).extracting(MetadataError::field, MetadataError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("name", "too-long"),
                org.assertj.core.groups.Tuple.tuple("degree", "choice"),
                org.assertj.core.groups.Tuple.tuple("awardedOn", "date"),
                org.assertj.core.groups.Tuple.tuple("credits", "number"),
                org.assertj.core.groups.Tuple.tuple("code", "pattern"),
                org.assertj.core.groups.Tuple.tuple("hobby", "unknown"));
    }

    @Test
    void aMissingRequiredFieldIsRefusedAndAMissingOptionalOneIsNot() {
        assertThat(DEGREE.validate(Metadata.of(Map.of("name", "张三", "degree", "硕士"))))
                .extracting(MetadataError::field, MetadataError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("awardedOn", "required"));
    }

    @Test
    void aFixedValidityEndsTheDayBeforeTheAnniversary() {
        assertThat(new ValidityRule(ValidityRule.Kind.FIXED_YEARS, 6).validUntil(LocalDate.of(2026, 3, 1), null))
                .contains(LocalDate.of(2032, 2, 29));
        assertThat(new ValidityRule(ValidityRule.Kind.PERMANENT, null).validUntil(LocalDate.of(2026, 3, 1), null)).isEmpty();
    }

    @Test
    void anIssuerSetValidityNeedsAnEndDateNotBeforeTheStart() {
        ValidityRule rule = new ValidityRule(ValidityRule.Kind.ISSUER_SETS, null);

        assertThat(rule.validUntil(LocalDate.of(2026, 1, 1), LocalDate.of(2046, 1, 1))).contains(LocalDate.of(2046, 1, 1));
        assertThatThrownBy(() -> rule.validUntil(LocalDate.of(2026, 1, 1), null)).hasMessage("valid-until-required");
        assertThatThrownBy(() -> rule.validUntil(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1)))
                .hasMessage("valid-until-before-start");
    }
}
