package cn.yiwang.certificate.issuance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What an issue needs, whichever way it comes: from an issuing body, from a concluded case (only
 * the keyed hash of the holder's number is known) or from a historical import (serial and issue
 * time come from the old register).
 *
 * @param holderIdNumber the number, or null when only {@code holderIdHash} is known
 * @param holderIdHash   the keyed hash, used only when the number is null
 * @param caseNumber     the case the certificate is the result of, else null
 * @param caseId         that case's id in case-service (carried into {@code certificate.issued}), else null
 * @param serial         the existing serial of an imported certificate, else null (a new one is drawn)
 * @param issuedAt       the original issue time of an imported certificate, else null (now)
 */
public record IssueCertificate(String typeCode, String issuerCode, String regionCode, String holderIdType,
                               String holderIdNumber, String holderIdHash, String holderName, Map<String, String> metadata,
                               LocalDate validFrom, LocalDate validUntil, String caseNumber, String caseId, String serial,
                               Instant issuedAt) {

    public static IssueCertificate byIssuer(String typeCode, String issuerCode, String regionCode, String holderIdType,
                                            String holderIdNumber, String holderName, Map<String, String> metadata,
                                            LocalDate validFrom, LocalDate validUntil) {
        return new IssueCertificate(typeCode, issuerCode, regionCode, holderIdType, holderIdNumber, null, holderName,
                metadata, validFrom, validUntil, null, null, null, null);
    }

    /** Whether this is a record from an old register (it brings its own serial). */
    boolean imported() {
        return serial != null;
    }
}
