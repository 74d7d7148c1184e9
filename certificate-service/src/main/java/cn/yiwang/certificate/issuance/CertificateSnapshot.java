package cn.yiwang.certificate.issuance;

import cn.yiwang.certificate.signature.Seal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What other features (verification, wallet, authorisation, objection) may know of a certificate
 * version, without reaching into the issuance domain.
 *
 * @param status        the status as of today (expired if past its validity)
 * @param sealedContent the exact content the seal covers
 */
public record CertificateSnapshot(UUID id, String identifier, String typeCode, String typeNameZh, String typeNameEn,
                                  String issuerCode, int version, String holderIdType, String holderIdHash, String holderName,
                                  Map<String, String> metadata, LocalDate validFrom, LocalDate validUntil, Instant issuedAt,
                                  String regionCode, String status, String statusCode, String statusReason,
                                  Instant statusChangedAt, String supersededBy, Seal seal, Map<String, Object> sealedContent) {
}
