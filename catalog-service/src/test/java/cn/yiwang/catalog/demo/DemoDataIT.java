package cn.yiwang.catalog.demo;

import cn.yiwang.common.test.ServiceIntegrationTest;
import cn.yiwang.catalog.item.ItemQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's demo catalog: switched on by a property, loaded into the empty catalog at start-up. */
@ServiceIntegrationTest
@TestPropertySource(properties = {"yiwang.catalog.demo-data.enabled=true", "yiwang.catalog.demo-data.items=260"})
class DemoDataIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoDataGenerator generator;

    @Test
    void meiCountyGetsAtLeastTwoHundredPublishedItemsAcrossItsDepartments() {
        Integer meiCounty = jdbc.queryForObject(
                "select count(*) from item_version where state = 'CURRENT' and region_code = '610326'", Integer.class);
        assertThat(meiCounty).isGreaterThanOrEqualTo(200);
        assertThat(jdbc.queryForList("select distinct department from item_version where region_code = '610326'", String.class))
                .contains("公安局", "税务局", "人力资源和社会保障局", "住房和城乡建设局", "自然资源局", "市场监督管理局",
                        "卫生健康局", "教育局", "交通运输局", "民政局");
    }

    @Test
    void everyDemoItemPassesTheQualityRules() {
        // also true after a bulk load: bulk items are built from the same guides
        assertThat(jdbc.queryForObject("select count(*) from item_version where not quality_passed", Integer.class)).isZero();
    }

    @Test
    void theSeedBundlesArePublishedForMeiCounty() {
        assertThat(jdbc.queryForList("select name from bundle_version where region_code = '610326' and state = 'CURRENT'",
                String.class)).hasSize(18).contains("企业开办", "新生儿出生", "二手房转移登记及水电气联动过户", "水电气暖通联合报装");
    }

    @Autowired
    ItemQueries items;

    @Test
    void benchmarkItemsAreWrittenInBulkAsPublicGuides() {
        Integer before = jdbc.queryForObject("select count(*) from item_version where state = 'CURRENT'", Integer.class);
        generator.loadBulk(DemoDataGenerator.DEMO_ITEMS, 2_000);
        Integer after = jdbc.queryForObject("select count(*) from item_version where state = 'CURRENT'", Integer.class);
        assertThat(after - before).isEqualTo(2_000);
        String code = jdbc.queryForObject("select code from item_version where region_code = '610100' limit 1", String.class);
        assertThat(items.publishedGuide(code).regionName()).isEqualTo("西安市");
        assertThat(jdbc.queryForObject("select count(*) from implementation_item where status = 'PUBLISHED'", Integer.class))
                .isEqualTo(after);
    }

    @Test
    void theDemoCatalogIsNotLoadedTwice() {
        assertThat(generator.catalogIsEmpty()).isFalse();
    }
}
