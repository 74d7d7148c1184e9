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
import java.time.Instant;
import java.util.Optional;
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

    /** A new FAQ of the centre, version 1; who wrote it is kept in its revisions. */
    @Transactional
    public KnowledgeEntry addFaq(String question, String answer, String regionCode, String department, String by) {
        if (!RegionCode.isValid(regionCode)) {
            throw ProblemException.unprocessable(List.of(new Violation("regionCode", "invalid", regionCode)));
        }
        String id = "faq:" + UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into knowledge_entry (id, source, reference, title, department, region_code, region_prefix, body, version, updated_at)
                values (?, 'FAQ', null, ?, ?, ?, ?, ?, 1, ?)""",
                id, question, department, regionCode, prefix(regionCode), answer, now);
        revise(id, 1, "CREATED", question, answer, department, regionCode, null, by, now);
        return jdbc.queryForObject("select * from knowledge_entry where id = ?", ROW, id);
    }

    /** An FAQ as it stands, retired or not (for the centre's editors); empty for anything else. */
    @Transactional(readOnly = true)
    public Optional<Faq> faq(String id) {
        return jdbc.query("select * from knowledge_entry where id = ? and source = 'FAQ'", (rs, n) -> new Faq(ROW.mapRow(rs, n),
                rs.getTimestamp("retired_at") == null ? null : rs.getTimestamp("retired_at").toInstant()), id)
                .stream().findFirst();
    }

    /** An FAQ with the moment it was retired, or null while it is in use. */
    public record Faq(KnowledgeEntry entry, Instant retiredAt) {
    }

    /** One version of an FAQ: what it said, who changed it, when and why. */
    public record Revision(int version, String change, String question, String answer, String department,
                           String regionCode, String note, String changedBy, Instant changedAt) {
    }

    /**
     * Edits an FAQ as of the version the editor saw: a concurrent edit is refused (409) rather than
     * silently overwritten, and every edit becomes a new version kept with its author.
     */
    @Transactional
    public KnowledgeEntry editFaq(String id, int seenVersion, String question, String answer, String department,
                                  String note, String by) {
        Faq faq = requireActive(id);
        Timestamp now = Timestamp.from(clock.instant());
        int next = seenVersion + 1;
        int updated = jdbc.update("""
                update knowledge_entry set title = ?, body = ?, department = ?, version = ?, updated_at = ?
                where id = ? and version = ? and retired_at is null""",
                question, answer, department, next, now, id, seenVersion);
        if (updated == 0) {
            throw ProblemException.conflict("hotline.knowledge.faq.stale", id, faq.entry().version());
        }
        revise(id, next, "EDITED", question, answer, department, faq.entry().regionCode(), note, by, now);
        return jdbc.queryForObject("select * from knowledge_entry where id = ?", ROW, id);
    }

    /** Retires an FAQ: agents no longer find it, its history stays. */
    @Transactional
    public void retireFaq(String id, String reason, String by) {
        Faq faq = requireActive(id);
        KnowledgeEntry entry = faq.entry();
        Timestamp now = Timestamp.from(clock.instant());
        int next = entry.version() + 1;
        jdbc.update("update knowledge_entry set retired_at = ?, version = ?, updated_at = ? where id = ?", now, next, now, id);
        revise(id, next, "RETIRED", entry.title(), entry.body(), entry.department(), entry.regionCode(), reason, by, now);
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(String id) {
        return jdbc.query("""
                select * from knowledge_faq_revision where faq_id = ? order by version""", (rs, n) -> new Revision(
                rs.getInt("version"), rs.getString("change"), rs.getString("title"), rs.getString("body"),
                rs.getString("department"), rs.getString("region_code"), rs.getString("note"), rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant()), id);
    }

    private Faq requireActive(String id) {
        Faq faq = faq(id).orElseThrow(() -> ProblemException.notFound("faq", id));
        if (faq.retiredAt() != null) {
            throw ProblemException.conflict("hotline.knowledge.faq.retired", id);
        }
        return faq;
    }

    private void revise(String id, int version, String change, String question, String answer, String department,
                        String regionCode, String note, String by, Timestamp at) {
        jdbc.update("""
                insert into knowledge_faq_revision (faq_id, version, change, title, body, department, region_code, note, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, version, change, question, answer, department, regionCode, note,
                by, at);
    }

    @Transactional(readOnly = true)
    public List<KnowledgeEntry> search(String query, String regionCode, int limit) {
        List<String> terms = query == null ? List.of()
                : Arrays.stream(query.strip().split("\\s+")).filter(term -> !term.isBlank()).limit(8).toList();
        StringBuilder where = new StringBuilder(" where retired_at is null");
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
