package cn.yiwang.catalog.item.messaging;

import cn.yiwang.catalog.support.CatalogJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The published examples are valid events: a consumer reading them gets every element back. */
class ItemEventExamplesTest {

    private static String example(String name) throws IOException {
        try (InputStream in = ItemEventExamplesTest.class.getResourceAsStream("/contracts/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theItemPublishedExampleReadsAsAPublishedGuideWithItsMaterials() throws IOException {
        ItemEventsV1.ItemPublished event = CatalogJson.read(example("item.published.json"), ItemEventsV1.ItemPublished.class);
        assertThat(event.aggregateId()).isEqualTo(event.guide().itemId().toString());
        assertThat(event.guide().version()).isEqualTo(2);
        assertThat(event.guide().guide().materials()).extracting(m -> m.key())
                .containsExactly("id-card", "form-gtgsh", "premises-proof");
        assertThat(event.guide().guide().promisedLimit().isWithin(event.guide().guide().legalLimit())).isTrue();
    }

    @Test
    void theItemWithdrawnExampleNamesTheVersionAndTheReason() throws IOException {
        ItemEventsV1.ItemWithdrawn event = CatalogJson.read(example("item.withdrawn.json"), ItemEventsV1.ItemWithdrawn.class);
        assertThat(event.version()).isEqualTo(2);
        assertThat(event.reason()).isEqualTo("事项已取消");
        assertThat(event.type()).isEqualTo("yiwang.item.withdrawn.v1");
    }

    @Test
    void theItemWithdrawnExampleCarriesTheWholeWithdrawnGuideSoConsumersNeedNotCallBack() throws IOException {
        ItemEventsV1.ItemWithdrawn event = CatalogJson.read(example("item.withdrawn.json"), ItemEventsV1.ItemWithdrawn.class);
        ItemEventsV1.ItemPublished published = CatalogJson.read(example("item.published.json"), ItemEventsV1.ItemPublished.class);

        assertThat(event.guide().version()).as("the version that was withdrawn").isEqualTo(event.version());
        assertThat(event.guide().code()).isEqualTo(event.code());
        assertThat(event.guide().itemId()).isEqualTo(event.itemId());
        assertThat(event.guide().guide().materials()).extracting(m -> m.key())
                .containsExactly("id-card", "form-gtgsh", "premises-proof");
        assertThat(event.guide()).as("the same guide item.published carried for that version")
                .isEqualTo(published.guide());
    }
}
