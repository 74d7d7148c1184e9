package cn.yiwang.certificate.type;

import cn.yiwang.certificate.type.domain.CertificateType;
import cn.yiwang.certificate.type.domain.FieldDefinition;
import cn.yiwang.certificate.type.domain.HolderKind;

import java.util.List;

/** A certificate type as the API shows it: what an issue form needs. */
public record CertificateTypeView(String code, String nameZh, String nameEn, String definingAuthority, String holderKind,
                                  String holderIdType, List<FieldView> fields, String validity, Integer validityYears) {

    static CertificateTypeView of(CertificateType type) {
        return new CertificateTypeView(type.code(), type.nameZh(), type.nameEn(), type.definingAuthority(),
                type.holderKind().name(), type.holderKind() == HolderKind.CITIZEN ? "111" : "001",
                type.metadataSchema().fields().stream().map(FieldView::of).toList(),
                type.validity().kind().name(), type.validity().years());
    }

    public record FieldView(String name, String titleZh, String titleEn, String kind, boolean required, Integer maxLength,
                            String pattern, List<String> choices) {

        static FieldView of(FieldDefinition field) {
            return new FieldView(field.name(), field.titleZh(), field.titleEn(), field.kind().name(), field.required(),
                    field.maxLength(), field.pattern(), field.choices().isEmpty() ? null : field.choices());
        }
    }
}
