package cn.yiwang.catalog.demo;

import cn.yiwang.common.test.ServiceIntegrationTest;
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
        assertThat(jdbc.queryForObject("select count(*) from item_version where not quality_passed", Integer.class)).isZero();
    }

    @Test
    void theSeedBundlesArePublishedForMeiCounty() {
        assertThat(jdbc.queryForList("select name from bundle_version where region_code = '610326' and state = 'CURRENT'",
                String.class)).hasSize(18).contains("企业开办", "新生儿出生", "二手房转移登记及水电气联动过户", "水电气暖通联合报装");
    }

    @Test
    void theDemoCatalogIsNotLoadedTwice() {
        assertThat(generator.catalogIsEmpty()).isFalse();
    }
}
