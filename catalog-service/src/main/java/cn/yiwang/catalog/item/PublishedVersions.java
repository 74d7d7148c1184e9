package cn.yiwang.catalog.item;

import cn.yiwang.catalog.guide.Guide;
import cn.yiwang.catalog.guide.ServiceGuide;
import cn.yiwang.catalog.support.CatalogJson;
import cn.yiwang.catalog.support.PinyinInitials;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The published versions (item_version): written once when an item is published, afterwards only
 * their end is recorded (superseded by a newer version, or withdrawn). The guide column holds the
 * whole {@link ServiceGuide}; the other columns are copies of the fields searches filter on.
 */
@Repository
public class PublishedVersions {

    public enum State { CURRENT, SUPERSEDED, WITHDRAWN }

    /** One line of an item's publication history. */
    public record VersionSummary(int version, State state, Instant publishedAt, String publishedBy, Instant endedAt) {
    }

    private final JdbcTemplate jdbc;

    public PublishedVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new current version; the previous current one, if any, is superseded at the same instant. */
    public void publish(ServiceGuide guide, boolean qualityPassed, String publishedBy) {
        jdbc.update("update item_version set state = 'SUPERSEDED', ended_at = ? where item_id = ? and state = 'CURRENT'",
                Timestamp.from(guide.publishedAt()), guide.itemId());
        Guide g = guide.guide();
        jdbc.update("""
                insert into item_version (item_id, version_no, state, code, basic_code, name, name_initials, type,
                    region_code, department, online_depth, fully_online, at_most_one_visit, immediate,
                    cross_region_scope, high_frequency, legal_limit_days, promised_limit_days, quality_passed, themes,
                    guide, published_at, published_by)
                values (?, ?, 'CURRENT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                """,
                guide.itemId(), guide.version(), guide.code(), guide.basicCode(), guide.name(),
                PinyinInitials.of(guide.name()), guide.type(), guide.regionCode(), guide.department(),
                g.onlineDepth() == null ? null : g.onlineDepth().code(), g.isFullyOnline(), g.atMostOneVisit(),
                g.isImmediate(), g.crossRegionScope().name(), g.highFrequency(),
                g.legalLimit() == null ? null : g.legalLimit().value(),
                g.promisedLimit() == null ? null : g.promisedLimit().value(), qualityPassed,
                String.join(",", g.themes()), CatalogJson.write(guide), Timestamp.from(guide.publishedAt()), publishedBy);
    }

    /**
     * Stores first versions in bulk (benchmark loading): one batched insert, no previous version to
     * supersede.
     */
    public void publishFirstVersions(List<ServiceGuide> guides, Predicate<ServiceGuide> qualityPassed,
                                     String publishedBy) {
        jdbc.batchUpdate("""
                insert into item_version (item_id, version_no, state, code, basic_code, name, name_initials, type,
                    region_code, department, online_depth, fully_online, at_most_one_visit, immediate,
                    cross_region_scope, high_frequency, legal_limit_days, promised_limit_days, quality_passed, themes,
                    guide, published_at, published_by)
                values (?, ?, 'CURRENT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                """, guides, 1000, (ps, guide) -> {
            Guide g = guide.guide();
            Object[] values = {guide.itemId(), guide.version(), guide.code(), guide.basicCode(), guide.name(),
                    PinyinInitials.of(guide.name()), guide.type(), guide.regionCode(), guide.department(),
                    g.onlineDepth() == null ? null : g.onlineDepth().code(), g.isFullyOnline(), g.atMostOneVisit(),
                    g.isImmediate(), g.crossRegionScope().name(), g.highFrequency(),
                    g.legalLimit() == null ? null : g.legalLimit().value(),
                    g.promisedLimit() == null ? null : g.promisedLimit().value(), qualityPassed.test(guide),
                    String.join(",", g.themes()), CatalogJson.write(guide), Timestamp.from(guide.publishedAt()),
                    publishedBy};
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
        });
    }

    public void withdraw(UUID itemId, int version, Instant when) {
        jdbc.update("update item_version set state = 'WITHDRAWN', ended_at = ? where item_id = ? and version_no = ?",
                Timestamp.from(when), itemId, version);
    }

    public Optional<ServiceGuide> current(String code) {
        return jdbc.queryForList("select guide::text from item_version where code = ? and state = 'CURRENT'",
                String.class, code).stream().findFirst().map(json -> CatalogJson.read(json, ServiceGuide.class));
    }

    public Optional<ServiceGuide> version(String code, int version) {
        return jdbc.queryForList("select guide::text from item_version where code = ? and version_no = ?",
                String.class, code, version).stream().findFirst().map(json -> CatalogJson.read(json, ServiceGuide.class));
    }

    public List<VersionSummary> history(UUID itemId) {
        return jdbc.query("""
                select version_no, state, published_at, published_by, ended_at from item_version
                where item_id = ? order by version_no""", (rs, row) -> new VersionSummary(rs.getInt(1),
                State.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(), rs.getString(4),
                rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()), itemId);
    }

    /** The current published guides with the given codes, for bundles. */
    public List<ServiceGuide> currentByCodes(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("select guide::text from item_version where state = 'CURRENT' and code = any (?)",
                String.class, (Object) codes.toArray(String[]::new)).stream()
                .map(json -> CatalogJson.read(json, ServiceGuide.class)).toList();
    }
}
