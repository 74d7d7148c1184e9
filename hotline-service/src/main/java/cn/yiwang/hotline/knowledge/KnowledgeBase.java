package cn.yiwang.hotline.knowledge;

import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Keeps and searches the knowledge base. Chinese text has no spaces between words, so each search
 * term matches anywhere in the title or the body; every term must match, titles rank first. An
 * entry applies to its region and everything below it: a search for 眉县 also finds the guides of
 * 宝鸡市 and 陕西省.
 */
@Service
public class KnowledgeBase {

    private static final RowMapper<KnowledgeEntry> ROW = (rs, n) -> new KnowledgeEntry(rs.getString("id"),
            rs.getString("source"), rs.getString("reference"), rs.getString("title"), rs.getString("department"),
            rs.getString("region_code"), rs.getString("body"), (Integer) rs.getObject("version"),
            rs.getTimestamp("updated_at").toInstant());

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public KnowledgeBase(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A published guide replaces the previous version of the same item (keyed by implementation code). */
    @Transactional
    public void upsertGuide(String implementationCode, String title, String department, String regionCode, String body,
                            Integer version) {
        jdbc.update("""
                insert into knowledge_entry (id, source, reference, title, department, region_code, region_prefix, body, version, updated_at)
                values (?, 'SERVICE_GUIDE', ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set title = excluded.title, department = excluded.department,
                    region_code = excluded.region_code, region_prefix = excluded.region_prefix, body = excluded.body,
                    version = excluded.version, updated_at = excluded.updated_at
                where knowledge_entry.version is null or excluded.version is null or knowledge_entry.version <= excluded.version""",
                "guide:" + implementationCode, implementationCode, title, department, regionCode, prefix(regionCode), body,
                version, Timestamp.from(clock.instant()));
    }

    /** A withdrawn item is no longer an answer. */
    @Transactional
    public void withdrawGuide(String implementationCode) {
        jdbc.update("delete from knowledge_entry where id = ?", "guide:" + implementationCode);
    }

    @Transactional
    public KnowledgeEntry addFaq(String question, String answer, String regionCode, String department) {
        if (!RegionCode.isValid(regionCode)) {
            throw ProblemException.unprocessable(List.of(new Violation("regionCode", "invalid", regionCode)));
        }
        String id = "faq:" + UUID.randomUUID();
        jdbc.update("""
                insert into knowledge_entry (id, source, reference, title, department, region_code, region_prefix, body, version, updated_at)
                values (?, 'FAQ', null, ?, ?, ?, ?, ?, null, ?)""",
                id, question, department, regionCode, prefix(regionCode), answer, Timestamp.from(clock.instant()));
        return jdbc.queryForObject("select * from knowledge_entry where id = ?", ROW, id);
    }

    @Transactional(readOnly = true)
    public List<KnowledgeEntry> search(String query, String regionCode, int limit) {
        List<String> terms = query == null ? List.of()
                : Arrays.stream(query.strip().split("\\s+")).filter(term -> !term.isBlank()).limit(8).toList();
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        for (String term : terms) {
            where.append(" and (title ilike ? or body ilike ?)");
            String like = "%" + escape(term) + "%";
            args.add(like);
            args.add(like);
        }
        if (regionCode != null && RegionCode.isValid(regionCode)) {
            String prefix = prefix(regionCode);
            // The entry's region covers the asked region, or lies within it.
            where.append(" and (? like region_prefix || '%' or region_prefix like ?)");
            args.add(prefix);
            args.add(prefix + "%");
        }
        String first = terms.isEmpty() ? "" : "%" + escape(terms.get(0)) + "%";
        args.add(first);
        args.add(limit);
        return jdbc.query("select * from knowledge_entry" + where
                + " order by (title ilike ?) desc, updated_at desc, id limit ?", ROW, args.toArray());
    }

    private static String prefix(String regionCode) {
        return RegionCode.of(regionCode).prefix();
    }

    private static String escape(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
