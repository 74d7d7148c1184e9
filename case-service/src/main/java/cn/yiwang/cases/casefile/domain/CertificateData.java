package cn.yiwang.cases.casefile.domain;

import java.time.LocalDate;

/**
 * What the deciding official enters for the certificate an approval results in: the values keyed
 * by the certificate type's metadata fields (already encrypted, the domain never sees them) and
 * optionally the last day of validity.
 */
public record CertificateData(String valuesEncrypted, LocalDate validUntil) {

    public static final CertificateData NONE = new CertificateData(null, null);

    public boolean isEmpty() {
        return valuesEncrypted == null && validUntil == null;
    }
}
