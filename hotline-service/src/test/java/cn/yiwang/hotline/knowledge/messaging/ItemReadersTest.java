package cn.yiwang.hotline.knowledge.messaging;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base's readers against the examples catalog-service publishes (read from the
 * producer's module), so a change of the producer's payload that would break them fails here.
 */
class ItemReadersTest {

    private static final Path CONTRACTS = Path.of("../catalog-service/src/main/resources/contracts/events");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aWithdrawnItemIsStillRecognisedByItsIdAndCodeNowThatTheEventCarriesTheWholeGuide() throws IOException {
        ItemReaders.Withdrawn withdrawn = json.readValue(Files.readString(CONTRACTS.resolve("item.withdrawn.json")),
                ItemReaders.Withdrawn.class);

        assertThat(withdrawn.itemId()).isEqualTo("5b0e7c1a-3f7e-4c1b-9a51-2d7f0c9e4a11");
        assertThat(withdrawn.code()).isEqualTo("11610326MB0000001M4610100100000");
    }

    @Test
    void aPublishedItemBecomesAnAnswerAnAgentCanReadOut() throws IOException {
        ItemReaders.Published published = json.readValue(Files.readString(CONTRACTS.resolve("item.published.json")),
                ItemReaders.Published.class);

        assertThat(published.guide().name()).isEqualTo("个体工商户设立登记");
        assertThat(published.guide().answerText()).contains("受理条件").contains("承诺时限：5个工作日");
    }
}
