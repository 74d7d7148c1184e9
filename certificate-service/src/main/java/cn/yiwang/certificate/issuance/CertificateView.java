package cn.yiwang.certificate.issuance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A certificate as its holder or its issuer sees it through the API. The holder's ID number is
 * shown in full to the holder only, masked to everyone else (DOMAIN.md §6).
 */
public record CertificateView(UUID id, String identifier, String typeCode, String typeNameZh, String typeNameEn,
                              String issuerCode, int version, Holder holder, Map<String, String> metadata,
                              LocalDate validFrom, LocalDate validUntil, Instant issuedAt, String status, String statusCode,
                              String statusReason, Instant statusChangedAt, String supersededBy, SealInfo seal,
                              String caseNumber) {

    public record Holder(String idType, String idNumber, String name) {
    }

    public record SealInfo(String algorithm, String keyId, String format) {
    }
}
