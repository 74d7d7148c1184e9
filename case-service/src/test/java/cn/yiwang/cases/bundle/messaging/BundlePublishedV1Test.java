package cn.yiwang.cases.bundle.messaging;

import cn.yiwang.cases.bundle.PublishedBundle;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class BundlePublishedV1Test {

    @Test
    void catalogServicesPublishedExampleReadsAsABundleWithItsSharedMaterials() throws Exception {
        // catalog-service's own example, read from its module: a change there is read here.
        BundlePublishedV1 event = JsonMapper.builder().build().readValue(
                java.nio.file.Files.newInputStream(java.nio.file.Path.of("../catalog-service/src/main/resources/contracts/events/bundle.published.json")), BundlePublishedV1.class);
        PublishedBundle bundle = event.toBundle();

        assertThat(bundle.name()).isEqualTo("企业开办");
        assertThat(bundle.items()).extracting(PublishedBundle.Member::department).containsExactly("市场监督管理局", "税务局");
        assertThat(bundle.materials()).filteredOn(material -> material.key().equals("id-card")).singleElement()
                .satisfies(material -> {
                    assertThat(material.usedBy()).hasSize(2);
                    assertThat(material.certificateType()).isEqualTo("11100000000013338W001");
                });
        assertThat(bundle.materials()).filteredOn(material -> material.key().equals("premises-proof")).singleElement()
                .satisfies(material -> assertThat(material.gapAllowed()).isTrue());
        assertThat(bundle.form()).filteredOn(PublishedBundle.Field::required).hasSize(2);
    }
}
