package cn.yiwang.cases.casefile.messaging;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateIssuedV1Test {

    @Test
    void certificateServicesIssuedExampleNamesTheCaseTheCertificateAndItsType() throws Exception {
        // certificate-service's own example, read from its module: a renamed field there fails here.
        CertificateIssuedV1 issued = JsonMapper.builder().build().readValue(
                Files.readString(Path.of("../certificate-service/src/main/resources/contracts/events/certificate.issued.json")),
                CertificateIssuedV1.class);

        assertThat(issued.caseId()).isEqualTo("5b0e7f0c-2f0a-4a4b-9a0e-0c1d2e3f4a5b");
        assertThat(issued.caseNumber()).isEqualTo("610326-2026-000042");
        assertThat(issued.identifier()).isEqualTo("1.2.156.3005.2.111000000000000052001.11610326MB1234567A.20260000001.001.H");
        assertThat(issued.certificateTypeCode()).isEqualTo("111000000000000052001");
    }
}
