package cn.yiwang.certificate.issuance;

import cn.yiwang.certificate.holder.HolderIdType;
import cn.yiwang.certificate.issuance.caseservice.CaseIssuanceDataV1;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * case-service's own example of its issuance-data answer, read from its module (no copy to drift):
 * this service reads from it everything the certificate of a concluded case needs.
 */
class CaseIssuanceDataContractTest {

    static final Path EXAMPLE = Path.of("../case-service/src/main/resources/contracts/rest/case-issuance-data.json");

    static CaseIssuanceDataV1 example() throws Exception {
        try (InputStream in = Files.newInputStream(EXAMPLE)) {
            return JsonMapper.builder().build().readValue(in, CaseIssuanceDataV1.class);
        }
    }

    @Test
    void caseServicesAnswerNamesTheHolderTheDataAndTheValidityOfTheCertificate() throws Exception {
        CaseIssuanceDataV1 data = example();

        assertThat(data.caseNumber()).isNotBlank();
        assertThat(data.caseId()).isNotBlank();
        assertThat(data.outcome()).isEqualTo("APPROVED");
        assertThat(data.certificateTypeCode()).isEqualTo("11100000000013338W032");
        assertThat(data.issuingOrgCode()).hasSize(18);
        assertThat(data.holder().name()).isNotBlank();
        assertThat(data.metadata()).containsOnlyKeys("operatorName", "businessPremises", "mainBusiness");
        assertThat(data.validUntil()).isEqualTo(LocalDate.of(2031, 3, 29));
        assertThat(data.toString()).doesNotContain(data.holder().idNumber());
    }

    @Test
    void anEnterpriseHolderIsIdentifiedByAValidUnifiedSocialCreditCode() throws Exception {
        CaseIssuanceDataV1 data = example();

        assertThat(data.holderIdType()).isEqualTo(HolderIdType.CREDIT_CODE.code());
        assertThat(HolderIdType.CREDIT_CODE.accepts(data.holder().idNumber())).isTrue();
    }

    @Test
    void aPersonIsIdentifiedByACitizenIdAndAnUnknownApplicantTypeByNothing() {
        assertThat(holder("PERSON").holderIdType()).isEqualTo("111");
        assertThat(holder("ORGANISATION").holderIdType()).isNull();
    }

    @Test
    void theIssueRequestTakesTheHolderAndDataFromCaseServiceAndStartsOnTheDayTheCaseConcludedInBeijing() throws Exception {
        CaseIssuanceDataV1 data = example();
        IssueCertificate fromEvent = new IssueCertificate("11100000000013338W032", "11610326MB2857143R", "610326", "111", null,
                "hash-from-the-event", null, null, LocalDate.of(2026, 3, 30), null, data.caseNumber(), data.caseId(), null, null);

        IssueCertificate request = CaseIssuances.request(fromEvent, data);

        assertThat(request.holderIdType()).isEqualTo("001");
        assertThat(request.holderIdNumber()).isEqualTo(data.holder().idNumber());
        assertThat(request.holderIdHash()).as("the number decides, not the event's hash").isNull();
        assertThat(request.holderName()).isEqualTo(data.holder().name());
        assertThat(request.metadata()).isEqualTo(data.metadata());
        assertThat(request.validFrom()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(request.validUntil()).isEqualTo(data.validUntil());
        assertThat(request.issuerCode()).isEqualTo(data.issuingOrgCode());
        assertThat(request.regionCode()).isEqualTo("610326");
        assertThat(request.caseNumber()).isEqualTo(data.caseNumber());
        assertThat(request.caseId()).isEqualTo(data.caseId());
        assertThat(request.serial()).as("a new serial is drawn, as on a manual issue").isNull();
    }

    private static CaseIssuanceDataV1 holder(String applicantType) {
        return new CaseIssuanceDataV1("id", "n", null, null, "APPROVED", null, "t", "o",
                new CaseIssuanceDataV1.Holder(applicantType, "x", "y"), null, null);
    }

}
