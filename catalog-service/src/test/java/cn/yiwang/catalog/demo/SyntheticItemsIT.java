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

/** A benchmark catalog of N synthetic items, here N = 300: public guides like any other, loaded once. */
@TestPropertySource(properties = "yiwang.catalog.synthetic-items=300")
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
        assertThat(current()).isEqualTo(300);
        loader.run(new DefaultApplicationArguments());
        assertThat(current()).as("topped up already").isEqualTo(300);
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
