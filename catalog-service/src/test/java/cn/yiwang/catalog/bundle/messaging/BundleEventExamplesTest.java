package cn.yiwang.catalog.bundle.messaging;

import cn.yiwang.catalog.support.CatalogJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The published bundle examples read back as the events they document. */
class BundleEventExamplesTest {

    private static String example(String name) throws IOException {
        try (InputStream in = BundleEventExamplesTest.class.getResourceAsStream("/contracts/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBundleWithdrawnExampleNamesTheBundleTheVersionAndTheReason() throws IOException {
        BundleEventsV1.BundleWithdrawn event = CatalogJson.read(example("bundle.withdrawn.json"),
                BundleEventsV1.BundleWithdrawn.class);
        assertThat(event.aggregateId()).isEqualTo("9d3c5e1f-2a4b-4c6d-8e0f-1a2b3c4d5e6f");
        assertThat(event.name()).isEqualTo("企业开办");
        assertThat(event.version()).isEqualTo(2);
        assertThat(event.type()).isEqualTo("yiwang.bundle.withdrawn.v1");
        assertThat(event.topic()).isEqualTo(BundleEventsV1.TOPIC);
    }

    @Test
    void theBundleWithdrawnExampleCarriesTheWholeWithdrawnVersionWithItsMembersFormAndMaterials() throws IOException {
        BundleEventsV1.BundleWithdrawn event = CatalogJson.read(example("bundle.withdrawn.json"),
                BundleEventsV1.BundleWithdrawn.class);

        assertThat(event.bundle().version()).as("the version that was withdrawn").isEqualTo(event.version());
        assertThat(event.bundle().bundleId()).isEqualTo(event.bundleId());
        assertThat(event.bundle().name()).isEqualTo(event.name());
        assertThat(event.bundle().items()).hasSize(2);
        assertThat(event.bundle().form()).isNotEmpty();
        assertThat(event.bundle().materials()).isNotEmpty();
    }
}
