package cn.yiwang.catalog.search;

import cn.yiwang.catalog.CatalogIntegrationTest;
import cn.yiwang.catalog.demo.DemoDataGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each search shape the 200,000-item benchmark exercises can be answered from an index. On a
 * small table the planner rightly prefers walking any index; so sequential and plain index scans
 * are switched off and only bitmap scans remain, which need an index that fits the predicate: the
 * plan then names the index the query can use, or falls back to a sequential scan if none fits.
 */
@TestPropertySource(properties = "yiwang.catalog.metrics.refresh=31s") // its own database, with the bulk items below
class SearchIndexIT extends CatalogIntegrationTest {

    private static boolean loaded;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    DemoDataGenerator generator;

    /** Planner statistics need a catalog of some size: 5,000 bulk items over six regions. */
    @BeforeEach
    void loadACatalogOnce() {
        if (!loaded) {
            generator.loadBulk(0, 5_000); // analyses the tables when done, as a benchmark load does
            loaded = true;
        }
    }

    @Autowired
    TransactionTemplate transactions;

    private String plan(String sql, MapSqlParameterSource parameters) {
        return transactions.execute(status -> {
            jdbc.getJdbcTemplate().execute("set local enable_seqscan = off");
            jdbc.getJdbcTemplate().execute("set local enable_indexscan = off");
            jdbc.getJdbcTemplate().execute("set local enable_indexonlyscan = off");
            return String.join("\n", jdbc.queryForList("explain " + sql, parameters, String.class));
        });
    }

    private String searchPlan(SearchCriteria criteria, String order) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = ItemSearch.where(criteria, parameters);
        return plan("select v.code from item_version v where " + where + " order by " + order + " limit 20", parameters);
    }

    private static SearchCriteria keyword(String keyword) {
        return new SearchCriteria(null, null, null, null, keyword, null, null, null, null, null, 0, 20, null);
    }

    @Test
    void aChineseKeywordUsesTheCharacterPairsAndInitialsTheirPrefixIndex() {
        String name = jdbc.getJdbcTemplate().queryForObject(
                "select name from item_version where state = 'CURRENT' order by length(name) desc limit 1", String.class);
        String kw = name.substring(1, 5);
        String plan = searchPlan(keyword(kw), "v.code");
        assertThat(plan).contains("Bitmap Index Scan on item_version_current_name_grams")
                .contains("Bitmap Index Scan on item_version_current_initials").doesNotContain("Seq Scan");
        assertThat(searchPlan(keyword("证"), "v.code")).contains("Bitmap Index Scan on item_version_current_name_grams");
    }

    @Test
    void aThemeUsesItsIndex() {
        String rarest = jdbc.getJdbcTemplate().queryForObject("select t from item_version, unnest(theme_list) as t "
                + "where state = 'CURRENT' group by t order by count(*), t limit 1", String.class);
        SearchCriteria theme = new SearchCriteria(null, null, null, rarest, null, null, null, null, null, null, 0, 20,
                null);
        assertThat(searchPlan(theme, "v.code")).contains("Bitmap Index Scan on item_version_current_themes")
                .doesNotContain("Seq Scan");
    }

    @Test
    void regionDepartmentAndTypeUseTheirIndexes() {
        SearchCriteria county = new SearchCriteria("610326", null, null, null, null, null, null, null, null, null, 0, 20,
                null);
        assertThat(searchPlan(county, "v.code")).contains("Bitmap Index Scan on item_version_current_region")
                .doesNotContain("Seq Scan");
        SearchCriteria department = new SearchCriteria(null, "公安局", null, null, null, null, null, null, null, null, 0,
                20, null);
        assertThat(searchPlan(department, "v.code")).contains("Bitmap Index Scan").doesNotContain("Seq Scan");
        SearchCriteria type = new SearchCriteria(null, null, "20", null, null, null, null, null, null, null, 0, 20, null);
        assertThat(searchPlan(type, "v.code")).contains("Bitmap Index Scan").doesNotContain("Seq Scan");
    }

    @Test
    void theNewestGuidesArePagedFromTheIndexWithoutSortingTheCatalog() {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = ItemSearch.where(keyword(null), parameters);
        String plan = transactions.execute(status -> String.join("\n", jdbc.queryForList(
                "explain select v.code from item_version v where " + where + " order by v.published_at desc, v.code desc limit 20",
                parameters, String.class)));
        assertThat(plan).contains("Backward using item_version_current_published_at").doesNotContain("Seq Scan");
    }

    @Test
    void aGuideIsReadByCodeAndAnyVersionByCodeAndNumber() {
        MapSqlParameterSource code = new MapSqlParameterSource("code", "11610326MB0000001M4610100100000")
                .addValue("version", 1);
        assertThat(plan("select guide from item_version where code = :code and state = 'CURRENT'", code))
                .contains("Bitmap Index Scan on item_version_c").doesNotContain("Seq Scan");
        assertThat(plan("select guide from item_version where code = :code and version_no = :version", code))
                .contains("Bitmap Index Scan on item_version_code_version");
    }
}
