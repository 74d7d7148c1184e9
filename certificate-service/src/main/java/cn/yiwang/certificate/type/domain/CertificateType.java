package cn.yiwang.certificate.type.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A type in the certificate directory (证照目录, GB/T 36902). Its code is the defining authority's
 * unified social credit code followed by a 3-digit sequence, as the identifier of every
 * certificate of the type repeats it (GB/T 36904).
 */
@Table("certificate_type")
public record CertificateType(@Id String code, String nameZh, String nameEn, String definingAuthority,
                              HolderKind holderKind, MetadataSchema metadataSchema,
                              @Embedded.Nullable(prefix = "validity_") ValidityRule validity) {
}
