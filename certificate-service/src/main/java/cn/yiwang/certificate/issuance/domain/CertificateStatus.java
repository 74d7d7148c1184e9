package cn.yiwang.certificate.issuance.domain;

/**
 * Certificate status with the codes of the national status table (DOMAIN.md §5, construction-sector
 * example): 01 valid, 02 suspended, 03 revoked, 04 cancelled, 05 expired, 06 transferred out,
 * 07 withdrawn. A version replaced by a correction has no code of its own in that table and is
 * reported as 99 (other).
 */
public enum CertificateStatus {
    VALID("01"),
    SUSPENDED("02"),
    REVOKED("03"),
    CANCELLED("04"),
    /** Never stored: a valid certificate past its validity date reads as expired. */
    EXPIRED("05"),
    /** 迁出: the holder moved to another jurisdiction, whose issuer issues anew; final here. */
    TRANSFERRED_OUT("06"),
    /** 撤回: taken back by the issuer, e.g. issued in error or at the holder's request before use; final. */
    WITHDRAWN("07"),
    SUPERSEDED("99");

    private final String code;

    CertificateStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
