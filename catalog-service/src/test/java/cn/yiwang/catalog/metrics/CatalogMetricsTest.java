package cn.yiwang.catalog.metrics;

import cn.yiwang.common.test.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogMetricsTest {

    /** A database stub answering the count with fixed numbers, counting how often it is asked. */
    private static final class CountingDatabase extends JdbcTemplate {

        final AtomicInteger queries = new AtomicInteger();
        long published = 200_000;
        long passed = 190_000;

        @Override
        public <T> T queryForObject(String sql, RowMapper<T> rowMapper) {
            queries.incrementAndGet();
            ResultSet row = (ResultSet) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{ResultSet.class},
                    (proxy, method, args) -> "published".equals(args[0]) ? published : passed);
            try {
                return rowMapper.mapRow(row, 0);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void frequentScrapesOfBothGaugesCostOneCountPerRefreshInterval() {
        CountingDatabase database = new CountingDatabase();
        MutableClock clock = new MutableClock();
        clock.set(Instant.parse("2026-06-01T00:00:00Z"));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new CatalogMetrics(database, Duration.ofSeconds(30), clock).bindTo(registry);

        for (int scrape = 0; scrape < 10; scrape++) {
            assertThat(registry.get(CatalogMetrics.PUBLISHED).gauge().value()).isEqualTo(200_000);
            assertThat(registry.get(CatalogMetrics.PASS_RATE).gauge().value()).isEqualTo(0.95);
        }
        assertThat(database.queries).hasValue(1);

        database.published = 200_001;
        clock.advance(Duration.ofSeconds(30));
        assertThat(registry.get(CatalogMetrics.PUBLISHED).gauge().value()).as("fresh after the interval")
                .isEqualTo(200_001);
        assertThat(database.queries).hasValue(2);
    }
}
