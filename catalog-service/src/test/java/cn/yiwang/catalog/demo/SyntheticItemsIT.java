package cn.yiwang.catalog.demo;

import cn.yiwang.catalog.CatalogIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A benchmark catalog of N synthetic items, here N = 1,100: public guides like any other, loaded once. */
@TestPropertySource(properties = "yiwang.catalog.synthetic-items=1100")
class SyntheticItemsIT extends CatalogIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SyntheticItemsLoader loader;

    private int current() {
        return jdbc.queryForObject("select count(*) from item_version where state = 'CURRENT'", Integer.class);
    }

    @Test
    void theCatalogStartsWithTheRequestedNumberOfPublishedItemsAndARestartAddsNone() {
        assertThat(current()).isEqualTo(1100);
        loader.run(new DefaultApplicationArguments());
        assertThat(current()).as("topped up already").isEqualTo(1100);
    }

    @Test
    void aSearchMatchingMoreThanAThousandItemsSaysSoInsteadOfCountingThemAll() throws Exception {
        JsonNode everything = expect(get("/public/items?size=20", null), 200).json();
        assertThat(everything.get("total").asLong()).isEqualTo(1000);
        assertThat(everything.get("totalExact").asBoolean()).as("1000+").isFalse();
        assertThat(everything.get("items")).hasSize(20);
        JsonNode beyond = expect(get("/public/items?size=100&page=10", null), 200).json();
        assertThat(beyond.get("items")).as("pages beyond the count still served").hasSize(100);
    }

    @Test
    void syntheticItemsAreServedAndFoundLikeRealOnes() throws Exception {
        String code = jdbc.queryForObject("select code from item_version where state = 'CURRENT' order by code limit 1",
                String.class);
        JsonNode guide = expect(get("/public/items/" + code, null), 200).json();
        String name = guide.get("name").asString();
        JsonNode found = expect(get("/public/items?size=100&keyword="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), null), 200).json();
        assertThat(found.findValuesAsString("code")).contains(code);
        assertThat(jdbc.queryForObject("select count(*) from item_version where not quality_passed", Integer.class))
                .as("synthetic guides are complete").isZero();
    }
}
