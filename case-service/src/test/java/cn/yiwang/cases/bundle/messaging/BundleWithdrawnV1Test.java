package cn.yiwang.cases.bundle.messaging;

import cn.yiwang.cases.bundle.PublishedBundle;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundleWithdrawnV1Test {

    /** catalog-service's own example, read from its module: a change there is read here. */
    static final Path EXAMPLE = Path.of("../catalog-service/src/main/resources/contracts/events/bundle.withdrawn.json");

    @Test
    void catalogServicesWithdrawnExampleReadsAsTheWithdrawnVersionOfTheBundle() throws Exception {
        BundleWithdrawnV1 event = JsonMapper.builder().build().readValue(Files.readString(EXAMPLE), BundleWithdrawnV1.class);
        PublishedBundle bundle = event.toBundle();

        assertThat(bundle.bundleId()).isEqualTo(event.bundleId());
        assertThat(bundle.version()).isEqualTo(2);
        assertThat(bundle.name()).isEqualTo("企业开办");
        assertThat(event.reason()).contains("企业开办和准营");
    }

    @Test
    void aWithdrawalWithoutTheBundleIsNotRead() {
        BundleWithdrawnV1 event = JsonMapper.builder().build().readValue(
                "{\"bundleId\": \"9d3c5e1f-2a4b-4c6d-8e0f-1a2b3c4d5e6f\", \"version\": 2}", BundleWithdrawnV1.class);

        assertThatThrownBy(event::toBundle).isInstanceOf(IllegalArgumentException.class);
    }
}
