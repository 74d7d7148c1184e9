package cn.yiwang.bench.backend;

import cn.yiwang.infra.postgres.LocalPostgres;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The realistic endpoint's data: published guides (catalog-service's published-guide document,
 * ≈ 2.8 KB of JSON each) in a real PostgreSQL, seeded at start, read by code through a Hikari pool
 * with the same query shape as catalog-service ({@code select guide::text … where code = ?}).
 */
public final class PublishedGuides implements AutoCloseable {

    /** Codes of catalog-service's layout: issuing body (18) + level 4 + basic code 6101 and a serial. */
    static final String CODE_PREFIX = "11610326MB0000001M46101";

    private final LocalPostgres postgres;
    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    private PublishedGuides(LocalPostgres postgres, HikariDataSource pool, JsonMapper json) {
        this.postgres = postgres;
        this.pool = pool;
        this.jdbc = new JdbcTemplate(pool);
        this.json = json;
    }

    /** Starts a scratch PostgreSQL and writes {@code count} published guides into it. */
    public static PublishedGuides start(int count, JsonMapper json) {
        LocalPostgres postgres = LocalPostgres.startTemporary();
        postgres.ensureDatabase("bench_guides", "bench", "bench");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl("bench_guides"));
        config.setUsername("bench");
        config.setPassword("bench");
        config.setPoolName("bench-guides");
        PublishedGuides guides = new PublishedGuides(postgres, new HikariDataSource(config), json);
        guides.seed(count);
        return guides;
    }

    public static String code(int serial) {
        return CODE_PREFIX + String.format("%08d", serial);
    }

    /** The current guide with this code, parsed as the service parses it before answering. */
    public Optional<JsonNode> current(String code) {
        return jdbc.queryForList("select guide::text from published_guide where code = ?", String.class, code)
                .stream().findFirst().map(json::readTree);
    }

    private void seed(int count) {
        jdbc.execute("create table published_guide (code varchar(31) primary key, version_no integer not null, guide jsonb not null)");
        ObjectNode template = template();
        List<Object[]> batch = new ArrayList<>();
        for (int serial = 0; serial < count; serial++) {
            ObjectNode guide = template.deepCopy();
            guide.put("itemId", UUID.nameUUIDFromBytes(code(serial).getBytes()).toString());
            guide.put("code", code(serial));
            guide.put("name", template.get("name").asString() + "（" + serial + "）");
            batch.add(new Object[] {code(serial), guide.get("version").asInt(), json.writeValueAsString(guide)});
            if (batch.size() == 1_000 || serial == count - 1) {
                jdbc.batchUpdate("insert into published_guide (code, version_no, guide) values (?, ?, ?::jsonb)", batch);
                batch.clear();
            }
        }
        jdbc.execute("analyze published_guide");
    }

    private ObjectNode template() {
        try (InputStream in = PublishedGuides.class.getResourceAsStream("/bench/guide.json")) {
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
        postgres.close();
    }
}
