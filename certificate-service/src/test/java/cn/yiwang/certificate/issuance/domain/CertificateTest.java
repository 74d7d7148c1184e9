package cn.yiwang.certificate.issuance.domain;

import cn.yiwang.certificate.type.domain.Metadata;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life of one certificate version, without Spring. */
class CertificateTest {

    static final Instant T0 = Instant.parse("2026-01-10T02:00:00Z");

    static Certificate valid(LocalDate validUntil) {
        return new Certificate(UUID.randomUUID(), "1.2.156.3005.2.111000000000000052001.11610326MB1234567A.20260000001.001.H",
                "111000000000000052001", "11610326MB1234567A", "20260000001", 1, "111", "a".repeat(64), null, "张三",
                Metadata.of(Map.of("degree", "硕士")), LocalDate.of(2026, 1, 10), validUntil, T0, "610326",
                CertificateStatus.VALID, null, T0, null, null, null, false);
    }

    @Test
    void aValidCertificatePastItsLastDayReadsAsExpiredWithoutAnyoneChangingIt() {
        Certificate certificate = valid(LocalDate.of(2026, 12, 31));

        assertThat(certificate.statusOn(LocalDate.of(2026, 12, 31))).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.statusOn(LocalDate.of(2027, 1, 1))).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(valid(null).statusOn(LocalDate.of(2099, 1, 1))).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void aSuspendedCertificateCanBeReinstatedButARevokedOneCannot() {
        Certificate suspended = valid(null).suspend("核查中", T0);
        assertThat(suspended.status()).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(suspended.statusReason()).isEqualTo("核查中");
        assertThat(suspended.reinstate("核查无误", T0).status()).isEqualTo(CertificateStatus.VALID);

        Certificate revoked = suspended.revoke("吊销", T0);
        assertThatThrownBy(() -> revoked.reinstate("恢复", T0)).isInstanceOf(CertificateStatusException.class);
        assertThatThrownBy(() -> revoked.supersede("x", "更正", T0)).isInstanceOf(CertificateStatusException.class);
        assertThatThrownBy(() -> valid(null).reinstate("恢复", T0)).isInstanceOf(CertificateStatusException.class);
    }

    @Test
    void aCertificateInForceCanBeTransferredOutOrWithdrawnAndEitherEndsIt() {
        Certificate transferred = valid(null).suspend("核查中", T0).transferOut("持证人迁往西安市", T0);
        Certificate withdrawn = valid(null).withdraw("制证信息有误，予以撤回", T0);

        assertThat(transferred.status()).isEqualTo(CertificateStatus.TRANSFERRED_OUT);
        assertThat(transferred.status().code()).isEqualTo("06");
        assertThat(transferred.statusReason()).isEqualTo("持证人迁往西安市");
        assertThat(withdrawn.status()).isEqualTo(CertificateStatus.WITHDRAWN);
        assertThat(withdrawn.status().code()).isEqualTo("07");
        // Final: neither comes back nor turns into another end, and a withdrawn one does not read as expired later.
        assertThatThrownBy(() -> transferred.reinstate("恢复", T0)).isInstanceOf(CertificateStatusException.class);
        assertThatThrownBy(() -> withdrawn.revoke("吊销", T0)).isInstanceOf(CertificateStatusException.class);
        assertThatThrownBy(() -> valid(null).revoke("吊销", T0).withdraw("撤回", T0)).isInstanceOf(CertificateStatusException.class);
        assertThat(withdrawn.statusOn(LocalDate.of(2099, 1, 1))).isEqualTo(CertificateStatus.WITHDRAWN);
    }

    @Test
    void everyStatusOfTheNationalTableHasItsCode() {
        assertThat(java.util.Arrays.stream(CertificateStatus.values()).map(CertificateStatus::code))
                .containsExactly("01", "02", "03", "04", "05", "06", "07", "99");
    }

    @Test
    void theSealCoversIdentifierHolderHashMetadataAndValidityButNeverTheIdNumber() {
        Map<String, Object> content = valid(LocalDate.of(2030, 1, 9)).sealedContent();

        assertThat(content).containsEntry("validUntil", "2030-01-09").containsEntry("issuedAt", "2026-01-10T02:00:00Z");
        assertThat(content.get("holder")).isEqualTo(Map.of("idType", "111", "idHash", "a".repeat(64), "name", "张三"));
        assertThat(content.get("metadata")).isEqualTo(Map.of("degree", "硕士"));
    }

    @Test
    void aCorrectedVersionStartsValidWithTheNextVersionNumberAndTheSamePeriod() {
        Certificate original = valid(LocalDate.of(2030, 1, 9));

        Certificate next = original.correctedVersion(UUID.randomUUID(), "next-id", Metadata.of(Map.of("degree", "博士")), "张三", T0);

        assertThat(next.version()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(next.validUntil()).isEqualTo(original.validUntil());
        assertThat(original.supersede("next-id", "更正", T0).supersededBy()).isEqualTo("next-id");
    }
}
