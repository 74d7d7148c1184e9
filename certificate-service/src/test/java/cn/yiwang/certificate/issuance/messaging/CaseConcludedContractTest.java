package cn.yiwang.certificate.issuance.messaging;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * case-service's own example of {@code case.concluded}, read from its module (no copy to drift):
 * this service finds in it everything it needs to know which certificate to issue, to whom and by whom.
 */
class CaseConcludedContractTest {

    @Test
    void caseServicesPublishedConclusionNamesTheCertificateTypeTheIssuerAndTheHolder() throws Exception {
        CaseConcludedV1 event;
        try (InputStream in = Files.newInputStream(Path.of("../case-service/src/main/resources/contracts/events/case-concluded.json"))) {
            event = JsonMapper.builder().findAndAddModules().build().readValue(in, CaseConcludedV1.class);
        }

        assertThat(event.resultsInACertificate()).isTrue();
        assertThat(event.certificateTypeCode()).isNotBlank();
        assertThat(event.issuingOrgCode()).hasSize(18);
        assertThat(event.holderIdType()).isEqualTo("111");
        assertThat(event.holderIdHash()).isNotBlank();
        assertThat(event.concludedOn()).isNotNull();
        assertThat(event.caseNumber()).isNotBlank();
    }
}
